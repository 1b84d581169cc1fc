/**
 * The outcome of a resolution run as a file two versions of the resolver can be compared by
 * (`cmp a.jsonl b.jsonl`): one line per event, in id order, with its mentions (by key, which does
 * not depend on arrival order), its stored fields and version, and its history without the
 * timestamps. Read in pages, so that dumping a large store does not hold it all at once.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Queryable } from '../src/store/db.ts';

const PAGE = 5000;

export async function dumpEvents(db: Queryable, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let after = 0; ; ) {
    const { rows } = await db.query<{ id: number; line: string }>(
      `select e.id, jsonb_build_object(
           'event', to_jsonb(e) - 'created_at' - 'updated_at' - 'retired_at' || jsonb_build_object('retired', e.retired_at is not null),
           'mentions', (select coalesce(jsonb_agg(r.content_hash || ':' || m.ordinal order by r.content_hash, m.ordinal), '[]')
                        from event_mentions m join reports r on r.id = m.report_id where m.event_id = e.id),
           'history', (select jsonb_agg(jsonb_build_array(h.id, h.version, h.action, h.actor, h.reason, h.before, h.after) order by h.version)
                       from event_history h where h.event_id = e.id))::text as line
       from events e where e.id > $1 order by e.id limit $2`,
      [after, PAGE],
    );
    if (rows.length === 0) break;
    for (const r of rows) if (!out.write(`${r.line}\n`)) await once(out, 'drain');
    after = rows[rows.length - 1]!.id;
  }
  out.end();
  await once(out, 'finish');
}
