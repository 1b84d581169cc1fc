/** Browser sessions: a random id in an http-only cookie, stored as its SHA-256, with a CSRF token. */
import type { Queryable } from './db.ts';
import { PARTNERSHIPS_OF_O } from './token.repository.ts';
import type { Role, Viewer } from './viewer.ts';

/** How long a session lasts from sign-in (a working day). */
export const SESSION_HOURS = 12;

export async function createSession(db: Queryable, s: { idHash: string; userId: number; csrfToken: string }): Promise<{ expiresAt: Date }> {
  const { rows } = await db.query<{ expires_at: Date }>(
    `insert into sessions (id_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, now() + make_interval(hours => $4))
     returning expires_at`,
    [s.idHash, s.userId, s.csrfToken, SESSION_HOURS],
  );
  return { expiresAt: rows[0]!.expires_at };
}

/** The signed-in user behind a live session and its CSRF token; null when unknown or expired. */
export async function sessionViewer(db: Queryable, idHash: string): Promise<{ viewer: Viewer; csrfToken: string; expiresAt: Date } | null> {
  const { rows } = await db.query<{ email: string; role: Role; org_id: number; org_name: string; partnerships: number[]; csrf_token: string; expires_at: Date }>(
    `select u.email, u.role, o.id as org_id, o.name as org_name, ${PARTNERSHIPS_OF_O} as partnerships, s.csrf_token, s.expires_at
     from sessions s join users u on u.id = s.user_id join organisations o on o.id = u.organisation_id
     where s.id_hash = $1 and s.expires_at > now()`,
    [idHash],
  );
  const s = rows[0];
  if (!s) return null;
  return {
    viewer: { kind: 'member', org: { id: s.org_id, name: s.org_name }, role: s.role, partnerships: s.partnerships, who: s.email },
    csrfToken: s.csrf_token,
    expiresAt: new Date(s.expires_at),
  };
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('delete from sessions where id_hash = $1 or expires_at < now()', [idHash]);
}
