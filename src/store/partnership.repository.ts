/** Partnerships: named groups of organisations that see what their members share with "partners". */
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';

/** Creates the partnership (or finds it by name) and adds the organisations to it. */
export async function ensurePartnership(db: Queryable, name: string, organisationIds: readonly number[]): Promise<{ id: number; name: string }> {
  const clean = name.trim();
  if (clean.length === 0 || clean.length > 200) throw new StoreError('STORE_INVALID_INPUT', 'a partnership name is 1 to 200 characters');
  const { rows } = await db.query<{ id: number; name: string }>(
    `with made as (insert into partnerships (name) values ($1) on conflict (name) do nothing returning id, name)
     select id, name from made union all select id, name from partnerships where name = $1 limit 1`,
    [clean],
  );
  const p = rows[0]!;
  await db.query(
    `insert into partnership_members (partnership_id, organisation_id) select $1, unnest($2::bigint[]) on conflict do nothing`,
    [p.id, organisationIds],
  );
  return p;
}
