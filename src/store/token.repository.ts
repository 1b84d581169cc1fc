/** API tokens: scoped to an organisation and a role, expiring, revocable, stored as their SHA-256. */
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import type { Role, Viewer } from './viewer.ts';

export interface ApiToken {
  id: number;
  organisation: string;
  name: string;
  role: Role;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export async function createToken(
  db: Queryable, t: { organisationId: number; name: string; role: Role; tokenHash: string; expiresAt: Date | null },
): Promise<{ id: number }> {
  const { rows } = await db.query<{ id: number }>(
    `insert into api_tokens (organisation_id, name, role, token_hash, expires_at) values ($1, $2, $3, $4, $5::timestamptz) returning id`,
    [t.organisationId, t.name, t.role, t.tokenHash, t.expiresAt?.toISOString() ?? null],
  );
  return rows[0]!;
}

export async function listTokens(db: Queryable, organisationId?: number): Promise<ApiToken[]> {
  const { rows } = await db.query<ApiToken>(
    `select t.id, o.name as organisation, t.name, t.role, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
     from api_tokens t join organisations o on o.id = t.organisation_id
     where $1::bigint is null or t.organisation_id = $1 order by t.id`,
    [organisationId ?? null],
  );
  return rows;
}

/** Revokes at once: the next request with the token is refused (nothing caches tokens). */
export async function revokeToken(db: Queryable, id: number): Promise<void> {
  const { rows } = await db.query('update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = $1 returning id', [id]);
  if (rows.length === 0) throw new StoreError('STORE_NOT_FOUND', `no API token with id ${id}`);
}

/** The SQL for an organisation's partnerships (as a JSON array of ids), for the row aliased o. */
export const PARTNERSHIPS_OF_O = `(select coalesce(jsonb_agg(pm.partnership_id), '[]') from partnership_members pm where pm.organisation_id = o.id)`;

/** When this process last marked each token used (ms): the mark is written at most once a minute. */
const markedAt = new Map<number, number>();
const MARK_EVERY_MS = 60_000;

/**
 * Who holds this token (by its hash), if it is live: read on every request, so a revoked or
 * expired token is refused at once. Marks it used at most once a minute per process, in a
 * statement of its own: a busy client's reads stay reads, and its concurrent requests do not
 * queue on the token's row lock.
 */
export async function tokenViewer(db: Queryable, tokenHash: string): Promise<Viewer | null> {
  const { rows } = await db.query<{ id: number; name: string; role: Role; org_id: number; org_name: string; partnerships: number[] }>(
    `select t.id, t.name, t.role, o.id as org_id, o.name as org_name, ${PARTNERSHIPS_OF_O} as partnerships
     from api_tokens t join organisations o on o.id = t.organisation_id
     where t.token_hash = $1 and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())`,
    [tokenHash],
  );
  const t = rows[0];
  if (!t) return null;
  const now = Date.now();
  if ((markedAt.get(t.id) ?? 0) <= now - MARK_EVERY_MS) {
    markedAt.set(t.id, now);
    await db.query(
      `update api_tokens set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
      [t.id],
    );
  }
  return { kind: 'member', org: { id: t.org_id, name: t.org_name }, role: t.role, partnerships: t.partnerships, who: `token:${t.id}:${t.name}` };
}
