/** Organisations: the cells and NGOs that own data, subscribe to alerts and share with each other. */
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { PARTNERSHIPS_OF_O } from './token.repository.ts';
import type { Viewer } from './viewer.ts';

export interface Organisation {
  id: number;
  name: string;
}

/** Creates the organisation, or answers the existing one of that name (idempotent). */
export async function ensureOrganisation(db: Queryable, name: string): Promise<Organisation> {
  const clean = name.trim();
  if (clean.length === 0 || clean.length > 200) throw new StoreError('STORE_INVALID_INPUT', 'an organisation name is 1 to 200 characters');
  const { rows } = await db.query<Organisation>(
    `with made as (insert into organisations (name) values ($1) on conflict (name) do nothing returning id, name)
     select id, name from made union all select id, name from organisations where name = $1 limit 1`,
    [clean],
  );
  return rows[0]!;
}

export async function organisationByName(db: Queryable, name: string): Promise<Organisation> {
  const { rows } = await db.query<Organisation>('select id, name from organisations where name = $1', [name.trim()]);
  if (!rows[0]) throw new StoreError('STORE_NOT_FOUND', `no organisation named "${name}" (create it with: sahelwatch org create "${name}")`);
  return rows[0];
}

export async function listOrganisations(db: Queryable): Promise<Organisation[]> {
  return (await db.query<Organisation>('select id, name from organisations order by name')).rows;
}

/**
 * An organisation as a reader with the viewer role: what its subscriptions (webhooks, digests)
 * may be sent is what its members may see, no more.
 */
export async function organisationViewer(db: Queryable, organisationId: number, who: string): Promise<Viewer> {
  const { rows } = await db.query<{ id: number; name: string; partnerships: number[] }>(
    `select o.id, o.name, ${PARTNERSHIPS_OF_O} as partnerships from organisations o where o.id = $1`,
    [organisationId],
  );
  const o = rows[0];
  if (!o) throw new StoreError('STORE_NOT_FOUND', `no organisation with id ${organisationId}`);
  return { kind: 'member', org: { id: Number(o.id), name: o.name }, role: 'viewer', partnerships: o.partnerships.map(Number), who };
}
