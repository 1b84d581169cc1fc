/**
 * Signing in with an email and a password: the stages, in order. A locked account, an unknown
 * email and a wrong password all answer the same and take the same time (an argon2 verification),
 * so the answer says nothing about which accounts exist. Every attempt goes to the audit log.
 */
import { appendAudit } from '../store/audit.repository.ts';
import type { Db } from '../store/db.ts';
import { createSession } from '../store/session.repository.ts';
import { recordFailedSignin, recordSignin, userForSignin, type SigninUser } from '../store/user.repository.ts';
import type { Role } from '../store/viewer.ts';
import { spendVerifyTime, verifyPassword } from './password.ts';
import { newSecret, secretHash } from './secret.ts';

export type SigninResult =
  | { ok: true; sessionId: string; csrfToken: string; expiresAt: Date; email: string; organisation: string; role: Role }
  | { ok: false; reason: 'unknown' | 'locked' | 'wrong_password' };

export async function signIn(db: Db, email: string, password: string, from: string): Promise<SigninResult> {
  const user = await userForSignin(db, email);
  const outcome = await check(user, password);
  const subject = user ? `user:${user.id}` : `email:${email.slice(0, 320)}`;
  if (outcome !== 'ok') {
    if (user && outcome === 'wrong_password') await recordFailedSignin(db, user.id);
    await appendAudit(db, { actor: email.slice(0, 320), action: 'signin.failure', subject, detail: { reason: outcome, from } });
    return { ok: false, reason: outcome };
  }
  await recordSignin(db, user!.id);
  const sessionId = newSecret('sws');
  const csrfToken = newSecret('csrf');
  const { expiresAt } = await createSession(db, { idHash: secretHash(sessionId), userId: user!.id, csrfToken });
  await appendAudit(db, { actor: user!.email, action: 'signin.success', subject, detail: { from } });
  return { ok: true, sessionId, csrfToken, expiresAt, email: user!.email, organisation: user!.organisation, role: user!.role };
}

async function check(user: SigninUser | null, password: string): Promise<'ok' | 'unknown' | 'locked' | 'wrong_password'> {
  if (!user || !user.password_hash) {
    await spendVerifyTime(password);
    return 'unknown';
  }
  if (user.locked_until && user.locked_until > new Date()) {
    await spendVerifyTime(password);
    return 'locked';
  }
  return (await verifyPassword(user.password_hash, password)) ? 'ok' : 'wrong_password';
}
