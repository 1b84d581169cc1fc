/**
 * Mentions: the events coded from one report, stored as the extractor coded them with their
 * evidence and claims. Resolution (src/dedup) groups them into events; nothing here decides.
 */
import type { CodedEvent } from '../pipeline/types.ts';
import type { Queryable } from './db.ts';
import type { AcledColumns, SourceType } from './types.ts';

/** A stored mention with what resolution weighs it by. */
export interface MentionRow {
  id: number;
  reportId: number;
  /** content hash of the report and the ordinal: a key that does not depend on arrival order. */
  key: string;
  eventId: number | null;
  sourceId: number;
  sourceType: SourceType;
  reliability: string | null;
  published: string | null;
  coded: AcledColumns;
}

const MENTION_COLUMNS = `
  m.id, m.report_id as "reportId", r.content_hash || ':' || m.ordinal as key, m.event_id as "eventId",
  r.source_id as "sourceId", s.type as "sourceType", s.reliability, r.published_at as published, m.coded`;
const MENTION_FROM = `event_mentions m join reports r on r.id = m.report_id join sources s on s.id = r.source_id`;

/**
 * Stores the events coded from a report as its mentions (without an event yet), after removing
 * the mentions an earlier extraction of the report left. Returns the new mentions and the events
 * the old ones belonged to (they must be resolved again). A new mention takes, as its eventId,
 * the event of the old mention with its ordinal: re-reading a report keeps its events' ids.
 */
export async function replaceMentions(
  tx: Queryable,
  reportId: number,
  events: readonly CodedEvent[],
): Promise<{ added: MentionRow[]; touchedEvents: number[] }> {
  const old = await tx.query<{ event_id: number | null; ordinal: number }>(
    'delete from event_mentions where report_id = $1 returning event_id, ordinal',
    [reportId],
  );
  const touchedEvents = [...new Set(old.rows.flatMap((r) => (r.event_id == null ? [] : [r.event_id])))];
  const previous = new Map(old.rows.map((r) => [r.ordinal, r.event_id]));
  if (events.length === 0) return { added: [], touchedEvents };
  const rows = events.map(({ evidence: _e, claims: _c, ...coded }, ordinal) => ({ ordinal, coded }));
  const { rows: ids } = await tx.query<{ id: number; ordinal: number }>(
    `insert into event_mentions (report_id, ordinal, event_date, time_precision, country, admin1, latitude, longitude, coded)
     select $1, x.ordinal, (x.coded->>'event_date')::date, (x.coded->>'time_precision')::smallint, x.coded->>'country',
            x.coded->>'admin1', (x.coded->>'latitude')::float8, (x.coded->>'longitude')::float8, x.coded
     from jsonb_to_recordset($2::jsonb) as x(ordinal smallint, coded jsonb)
     returning id, ordinal`,
    [reportId, JSON.stringify(rows)],
  );
  const idOf = new Map(ids.map((r) => [r.ordinal, r.id]));
  const evidence = events.flatMap((e, k) => e.evidence.map((x) => ({ ...x, mention: idOf.get(k) })));
  const claims = events.flatMap((e, k) => e.claims.map((x) => ({ ...x, mention: idOf.get(k) })));
  if (evidence.length > 0) {
    await tx.query(
      `insert into evidence (mention_id, report_id, field, start_offset, end_offset, quoted_text)
       select x.mention, $1, x.field, x.start, x."end", x.text
       from jsonb_to_recordset($2::jsonb) as x(mention bigint, field text, start integer, "end" integer, text text)`,
      [reportId, JSON.stringify(evidence)],
    );
  }
  if (claims.length > 0) {
    await tx.query(
      `insert into claims (mention_id, report_id, kind, value, qualifier, claimed_by, quoted_text, start_offset, end_offset)
       select x.mention, $1, x.kind, x.value, x.qualifier, x.claimed_by, x.text, x.start, x."end"
       from jsonb_to_recordset($2::jsonb)
         as x(mention bigint, kind text, value integer, qualifier text, claimed_by text, text text, start integer, "end" integer)`,
      [reportId, JSON.stringify(claims)],
    );
  }
  const added = await mentionsById(tx, ids.map((r) => r.id));
  for (const m of added) m.eventId = previous.get(ordinalOf(m)) ?? null;
  return { added, touchedEvents };
}

function ordinalOf(m: MentionRow): number {
  return Number(m.key.slice(m.key.lastIndexOf(':') + 1));
}

export async function mentionsById(db: Queryable, ids: readonly number[]): Promise<MentionRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<MentionRow>(`select ${MENTION_COLUMNS} from ${MENTION_FROM} where m.id = any($1::bigint[]) order by m.id`, [ids]);
  return rows;
}

/** Every mention of these events. */
export async function mentionsOfEvents(db: Queryable, eventIds: readonly number[]): Promise<MentionRow[]> {
  if (eventIds.length === 0) return [];
  const { rows } = await db.query<MentionRow>(
    `select ${MENTION_COLUMNS} from ${MENTION_FROM} where m.event_id = any($1::bigint[]) order by m.id`,
    [eventIds],
  );
  return rows;
}

/**
 * Blocking: the stored mentions that could be the same event as one of `seeds`: same country,
 * within a month (the widest date precision's reach), and in the same region or within half a
 * degree. A superset of the pairs resolution compares; never all pairs.
 */
export async function mentionsNear(db: Queryable, seeds: readonly MentionRow[]): Promise<MentionRow[]> {
  if (seeds.length === 0) return [];
  const keys = seeds.map((s) => ({
    id: s.id, day: s.coded.event_date, country: s.coded.country, admin1: s.coded.admin1, lat: s.coded.latitude, lon: s.coded.longitude,
  }));
  const { rows } = await db.query<MentionRow>(
    `select ${MENTION_COLUMNS} from ${MENTION_FROM}
     where m.id in (
       select m2.id
       from jsonb_to_recordset($1::jsonb) as s(id bigint, day date, country text, admin1 text, lat float8, lon float8)
       join event_mentions m2
         on m2.country = s.country
        and m2.event_date between s.day - 31 and s.day + 31
        and m2.id <> s.id
        and (m2.admin1 = s.admin1
             or (abs(m2.latitude - s.lat) <= 0.5 and abs(m2.longitude - s.lon) <= 0.5)))
     order by m.id`,
    [JSON.stringify(keys)],
  );
  return rows;
}

/** Puts mentions in events: [mention id, event id] pairs. */
export async function assignMentions(tx: Queryable, pairs: readonly (readonly [number, number])[]): Promise<void> {
  if (pairs.length === 0) return;
  await tx.query(
    `update event_mentions m set event_id = x.event
     from jsonb_to_recordset($1::jsonb) as x(mention bigint, event bigint)
     where m.id = x.mention and m.event_id is distinct from x.event`,
    [JSON.stringify(pairs.map(([mention, event]) => ({ mention, event })))],
  );
}
