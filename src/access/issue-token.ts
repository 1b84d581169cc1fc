/** Makes an API token: the secret goes to the caller once, only its hash to the store. */
import type { Queryable } from '../store/db.ts';
import { createToken } from '../store/token.repository.ts';
import type { Role } from '../store/viewer.ts';
import { newSecret, secretHash } from './secret.ts';

/**
 * @example const { id, token } = await issueToken(db, { organisationId: 2, role: 'viewer', name: 'dashboard', expiresAt: null });
 *          // send it as: Authorization: Bearer ${token}
 */
export async function issueToken(
  db: Queryable, t: { organisationId: number; role: Role; name: string; expiresAt: Date | null },
): Promise<{ id: number; token: string }> {
  const token = newSecret('sw');
  const { id } = await createToken(db, { ...t, tokenHash: secretHash(token) });
  return { id, token };
}

/** "30d", "12h", "90m" → milliseconds; null when it is not such a duration. */
export function durationMs(s: string): number | null {
  const m = /^(\d{1,5})([dhm])$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as 'd' | 'h' | 'm'];
}
