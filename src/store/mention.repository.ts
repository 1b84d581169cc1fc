/**
 * Mentions: the events coded from one report, stored as the extractor coded them with their
 * evidence and claims. Resolution (src/dedup) groups them into events; nothing here decides.
 */
import type { CodedEvent } from '../pipeline/types.ts';
import type { Queryable } from './db.ts';
import type { ReportOrigin } from './event.repository.ts';
import type { AcledColumns, SourceType } from './types.ts';

/** A stored mention with what resolution weighs it by. */
export interface MentionRow {
  id: number;
  reportId: number;
  /** The n-th event coded from the report. */
  ordinal: number;
  /** content hash of the report and the ordinal: a key that does not depend on arrival order. */
  key: string;
  eventId: number | null;
  sourceId: number;
  sourceType: SourceType;
  reliability: string | null;
  published: string | null;
  coded: AcledColumns;
}

// Lookups by a list of ids. PGlite never gathers statistics, so the planner guesses: a long list
// of events or reports looks like most of the table and is read by scanning all of it (or by
// hashing the whole reports table), and a long constant array takes milliseconds to plan. A
// lateral subquery per id (kept a subquery by `offset 0`) is one index probe per id, whatever the
// planner guesses; so is the report of each mention.
const MENTION_COLUMNS = `
  m.id, m.report_id as "reportId", m.ordinal, r.content_hash || ':' || r.owner_org || ':' || m.ordinal as key, m.event_id as "eventId",
  r.source_id as "sourceId", s.type as "sourceType", s.reliability, r.published_at as published, m.coded`;
const REPORT_OF_M = `
  cross join lateral (select content_hash, owner_org, source_id, published_at from reports where id = m.report_id offset 0) r
  join sources s on s.id = r.source_id`;

/** A report and the events the extractor coded from it. */
export interface ReportEvents {
  reportId: number;
  events: readonly CodedEvent[];
}

/**
 * The mentions of these reports, prepared but not written: ids taken from the sequence, keys and
 * sources from the reports' origins (markExtracted), no event yet. storeEvidence writes their
 * evidence and claims at once; storeMentions writes them, once resolution has chosen their events.
 */
export async function newMentions(tx: Queryable, batch: readonly ReportEvents[], origins: ReadonlyMap<number, ReportOrigin>): Promise<MentionRow[]> {
  const count = batch.reduce((n, b) => n + b.events.length, 0);
  if (count === 0) return [];
  // The sequence is named once, not once per id.
  const { rows: ids } = await tx.query<{ id: number }>(
    `with seq as materialized (select pg_get_serial_sequence('event_mentions', 'id')::regclass as id)
     select nextval(seq.id) as id from seq, generate_series(1, $1)`,
    [count],
  );
  let k = 0;
  return batch.flatMap(({ reportId, events }) => {
    const r = origins.get(reportId)!;
    return events.map(({ evidence: _e, claims: _c, ...coded }, ordinal): MentionRow => ({
      id: ids[k++]!.id, reportId, ordinal, key: `${r.hash}:${ordinal}`, eventId: null,
      sourceId: r.sourceId, sourceType: r.sourceType, reliability: r.reliability, published: r.published, coded,
    }));
  });
}

/**
 * Removes the mentions an earlier extraction of these reports left (with their evidence and
 * claims) and returns the events they were in: those must be resolved again. A new mention takes,
 * as its eventId, the event of the old mention with its ordinal: re-reading a report keeps its
 * events' ids.
 */
export async function replaceOldMentions(tx: Queryable, reportIds: readonly number[], added: MentionRow[]): Promise<number[]> {
  const { rows: old } = await tx.query<{ report_id: number; ordinal: number; event_id: number }>(
    // One index probe per report: see the note on lookups by a list of ids above.
    `delete from event_mentions where id in (
       select m.id from unnest($1::bigint[]) as r(id)
       cross join lateral (select id from event_mentions where report_id = r.id offset 0) m)
     returning report_id, ordinal, event_id`,
    [reportIds],
  );
  if (old.length === 0) return [];
  const previous = new Map(old.map((r) => [`${r.report_id}:${r.ordinal}`, r.event_id]));
  for (const m of added) m.eventId = previous.get(`${m.reportId}:${m.ordinal}`) ?? null;
  return [...new Set(old.map((r) => r.event_id))];
}

/**
 * Writes the evidence and claims of prepared mentions. Their references to the mentions are
 * checked when the transaction commits (migration 0012), so they are written before the
 * mentions, outside the resolver's lock.
 */
export async function storeEvidence(tx: Queryable, batch: readonly ReportEvents[], added: readonly MentionRow[]): Promise<void> {
  const idOf = new Map(added.map((m) => [`${m.reportId}:${m.ordinal}`, m.id]));
  const quoted = <T>(pick: (e: CodedEvent) => readonly T[]) =>
    batch.flatMap(({ reportId, events }) => events.flatMap((e, k) => pick(e).map((x) => ({ ...x, report: reportId, mention: idOf.get(`${reportId}:${k}`) }))));
  const evidence = quoted((e) => e.evidence);
  const claims = quoted((e) => e.claims);
  if (evidence.length > 0) {
    await tx.query(
      `insert into evidence (mention_id, report_id, field, start_offset, end_offset, quoted_text)
       select x.mention, x.report, x.field, x.start, x."end", x.text
       from jsonb_to_recordset($1::jsonb) as x(mention bigint, report bigint, field text, start integer, "end" integer, text text)`,
      [JSON.stringify(evidence)],
    );
  }
  if (claims.length > 0) {
    await tx.query(
      `insert into claims (mention_id, report_id, kind, value, qualifier, claimed_by, quoted_text, start_offset, end_offset)
       select x.mention, x.report, x.kind, x.value, x.qualifier, x.claimed_by, x.text, x.start, x."end"
       from jsonb_to_recordset($1::jsonb)
         as x(mention bigint, report bigint, kind text, value integer, qualifier text, claimed_by text, text text, start integer, "end" integer)`,
      [JSON.stringify(claims)],
    );
  }
}

/** Writes prepared mentions, each in its event. */
export async function storeMentions(tx: Queryable, added: readonly MentionRow[], eventOf: ReadonlyMap<number, number>): Promise<void> {
  if (added.length === 0) return;
  const rows = added.map((m) => ({ id: m.id, report: m.reportId, ordinal: m.ordinal, event: eventOf.get(m.id), coded: m.coded }));
  await tx.query(
    `insert into event_mentions (id, report_id, ordinal, event_id, event_date, time_precision, country, admin1, latitude, longitude, geo_precision, coded)
     overriding system value
     select x.id, x.report, x.ordinal, x.event, (x.coded->>'event_date')::date, (x.coded->>'time_precision')::smallint, x.coded->>'country',
            x.coded->>'admin1', (x.coded->>'latitude')::float8, (x.coded->>'longitude')::float8, (x.coded->>'geo_precision')::smallint, x.coded
     from jsonb_to_recordset($1::jsonb) as x(id bigint, report bigint, ordinal smallint, event bigint, coded jsonb)`,
    [JSON.stringify(rows)],
  );
}

export async function mentionsById(db: Queryable, ids: readonly number[]): Promise<MentionRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<MentionRow>(
    `select ${MENTION_COLUMNS}
     from unnest($1::bigint[]) as x(id)
     cross join lateral (select * from event_mentions where id = x.id offset 0) m ${REPORT_OF_M}
     order by m.id`,
    [ids],
  );
  return rows;
}

/** Every mention of these events, but those `known` (already in hand: not read twice). */
export async function mentionsOfEvents(db: Queryable, eventIds: readonly number[], known: readonly number[] = []): Promise<MentionRow[]> {
  if (eventIds.length === 0) return [];
  const { rows } = await db.query<MentionRow>(
    `select ${MENTION_COLUMNS}
     from unnest($1::bigint[]) as e(id)
     cross join lateral (select * from event_mentions where event_id = e.id offset 0) m ${REPORT_OF_M}
     where m.id not in (select jsonb_array_elements_text($2::jsonb)::bigint)
     order by m.id`,
    [eventIds, JSON.stringify(known)],
  );
  return rows;
}

/**
 * Blocking: the stored mentions that could be the same event as one of `seeds`, read through
 * indexes, one range scan per seed and branch; a superset of the pairs resolution compares,
 * never all pairs. Within `reach` days of the seed (or `maxReach` for mentions dated only to the
 * week or month, which reach further), and: in the seed's grid cell or the eight around it when
 * both are placed to the village (25 km at most apart); in the same region when either is known
 * only to its district or region. Mentions `known` (already in hand) are not read again.
 */
export async function mentionsNear(
  db: Queryable, seeds: readonly (MentionRow & { reach: number })[], maxReach: number, known: readonly number[] = [],
): Promise<MentionRow[]> {
  if (seeds.length === 0) return [];
  const keys = seeds.map((s) => {
    const { latitude: lat, longitude: lon, geo_precision } = s.coded;
    const placed = lat != null && lon != null;
    return {
      id: s.id, day: s.coded.event_date, reach: s.reach, country: s.coded.country, admin1: s.coded.admin1,
      coarse: geo_precision > 1 || !placed, cells: placed ? neighbourCells(lat, lon) : [],
    };
  });
  const { rows } = await db.query<MentionRow>(
    `with s as (
       select * from jsonb_to_recordset($1::jsonb)
         as s(id bigint, day date, reach integer, country text, admin1 text, coarse boolean, cells integer[]))
     select ${MENTION_COLUMNS} from event_mentions m ${REPORT_OF_M}
     where m.id in (
       select n.id from s cross join lateral (
         select m2.id from event_mentions m2
         where m2.cell = any(s.cells) and m2.event_date between s.day - s.reach and s.day + s.reach and m2.id <> s.id
         union all
         select m2.id from event_mentions m2
         where s.coarse and m2.country = s.country and m2.admin1 is not distinct from s.admin1
           and m2.event_date between s.day - s.reach and s.day + s.reach and m2.id <> s.id
         union all
         select m2.id from event_mentions m2
         where m2.coarse and m2.country = s.country and m2.admin1 is not distinct from s.admin1
           and m2.event_date between s.day - s.reach and s.day + s.reach and m2.id <> s.id
         union all
         select m2.id from event_mentions m2
         where m2.time_precision > 1 and m2.country = s.country and m2.event_date between s.day - $2::integer and s.day + $2::integer
           and m2.id <> s.id and (m2.cell = any(s.cells) or m2.admin1 is not distinct from s.admin1)) n)
       and m.id not in (select jsonb_array_elements_text($3::jsonb)::bigint)
     order by m.id`,
    [JSON.stringify(keys), maxReach, JSON.stringify(known)],
  );
  return rows;
}

/** The quarter-degree cell of a point and the eight around it, numbered as the `cell` column is. */
function neighbourCells(lat: number, lon: number): number[] {
  const row = Math.floor(lat * 4);
  const col = Math.floor(lon * 4);
  return [-1, 0, 1].flatMap((dr) => [-1, 0, 1].map((dc) => (row + dr) * 10000 + col + dc));
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
