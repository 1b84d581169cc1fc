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

/** The partnership of that name, checked to count the organisation among its members. */
export async function partnershipOf(db: Queryable, name: string, organisationId: number): Promise<{ id: number; name: string }> {
  const { rows } = await db.query<{ id: number; name: string; member: boolean }>(
    `select p.id, p.name, exists (select 1 from partnership_members m where m.partnership_id = p.id and m.organisation_id = $2) as member
     from partnerships p where p.name = $1`,
    [name.trim(), organisationId],
  );
  const p = rows[0];
  if (!p) throw new StoreError('STORE_NOT_FOUND', `no partnership named "${name}" (create it with: sahelwatch partnership create "${name}" --org ...)`);
  if (!p.member) throw new StoreError('STORE_INVALID_INPUT', `the organisation is not a member of the partnership "${p.name}"`);
  return { id: p.id, name: p.name };
}
