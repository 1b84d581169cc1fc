/** Users: people who sign in with a password, each in one organisation with one role. */
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import type { Role } from './viewer.ts';

export interface SigninUser {
  id: number;
  email: string;
  role: Role;
  organisation_id: number;
  organisation: string;
  password_hash: string | null;
  failed_signins: number;
  locked_until: Date | null;
}

/** Consecutive failures before sign-in is refused for LOCKOUT_MINUTES (OWASP: lock after a few). */
export const LOCKOUT = { failures: 5, minutes: 15 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export async function createUser(db: Queryable, u: { organisationId: number; email: string; role: Role; passwordHash: string }): Promise<{ id: number }> {
  if (!EMAIL.test(u.email) || u.email.length > 320) throw new StoreError('STORE_INVALID_INPUT', `"${u.email}" is not an email address`);
  const { rows } = await db.query<{ id: number }>(
    `insert into users (organisation_id, email, role, password_hash) values ($1, $2, $3, $4)
     on conflict (lower(email)) do nothing returning id`,
    [u.organisationId, u.email, u.role, u.passwordHash],
  );
  if (!rows[0]) throw new StoreError('STORE_CONFLICT', `a user with the email ${u.email} exists already`);
  return rows[0];
}

export async function userForSignin(db: Queryable, email: string): Promise<SigninUser | null> {
  const { rows } = await db.query<SigninUser>(
    `select u.id, u.email, u.role, u.organisation_id, o.name as organisation, u.password_hash, u.failed_signins, u.locked_until
     from users u join organisations o on o.id = u.organisation_id where lower(u.email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
}

/** Counts a failure; the LOCKOUT.failures-th in a row locks the account for a while. */
export async function recordFailedSignin(db: Queryable, userId: number): Promise<void> {
  await db.query(
    `update users set failed_signins = failed_signins + 1,
       locked_until = case when failed_signins + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
     where id = $1`,
    [userId, LOCKOUT.failures, LOCKOUT.minutes],
  );
}

export async function recordSignin(db: Queryable, userId: number): Promise<void> {
  await db.query('update users set failed_signins = 0, locked_until = null, last_signin_at = now() where id = $1', [userId]);
}

/** Sets a user's password (and lifts any lockout). */
export async function setPassword(db: Queryable, userId: number, passwordHash: string): Promise<void> {
  await db.query('update users set password_hash = $2, failed_signins = 0, locked_until = null where id = $1', [userId, passwordHash]);
}
