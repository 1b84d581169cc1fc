import type { Queryable } from './db.ts';
import { checkText } from './report.repository.ts';

export interface ActorEntry {
  /** ACLED-style canonical name, unique. */
  name: string;
  /** ACLED inter code, 1–8. */
  inter: number;
  /** Names by language: { ar: ['...'], fr: ['...'] }. */
  aliases: Record<string, string[]>;
}

/**
 * Inserts actors or updates them by name; an updated actor's aliases are replaced, not merged.
 * Returns how many rows were written. Later duplicates of a name in the list win.
 */
export async function upsertActors(db: Queryable, actors: ActorEntry[]): Promise<number> {
  const byName = new Map(actors.map((a) => [a.name, a]));
  for (const a of byName.values()) checkText('actor name', a.name);
  if (byName.size === 0) return 0;
  const { rows } = await db.query(
    `insert into actors (name, inter, aliases)
     select x.name, x.inter, x.aliases
     from jsonb_to_recordset($1::jsonb) as x(name text, inter smallint, aliases jsonb)
     on conflict (name) do update
       set inter = excluded.inter, aliases = excluded.aliases, updated_at = now()
     returning id`,
    [JSON.stringify([...byName.values()])],
  );
  return rows.length;
}

export async function listActors(db: Queryable): Promise<(ActorEntry & { id: number })[]> {
  const { rows } = await db.query<ActorEntry & { id: number }>('select id, name, inter, aliases from actors order by name');
  return rows;
}
