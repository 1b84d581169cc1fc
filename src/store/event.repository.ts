import { EVENT_TYPES } from '../pipeline/ingest/import/fields.ts';
import type { CodedEvent } from '../pipeline/types.ts';
import type { Db, Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { unpackFieldSources } from './field-sources.ts';
import { checkText, ensureSource, isIsoDate } from './report.repository.ts';
import { partialEvents, type PartialEvent } from './partial-events.ts';
import type { EventDetail, EventFilter, EventReport, SourceType, StoredClaim, StoredEvent, StoredEvidence } from './types.ts';
import { ANONYMOUS, SYSTEM, type Viewer } from './viewer.ts';
import { eventFullyVisible, historyVisible, ownedRowVisible, withHidden } from './visibility.ts';

export type ImportedEvent = CodedEvent & { external_id: string; notes?: string | null };

/** The columns of a StoredEvent, for every query that returns events. */
export const EVENT_COLUMNS = `
  e.id, e.status, e.origin, e.external_id, e.notes,
  e.event_date, e.time_precision, e.event_type, e.sub_event_type,
  e.actor1, e.assoc_actor_1, e.inter1, e.actor2, e.assoc_actor_2, e.inter2, e.interaction,
  e.country, e.admin1, e.admin2, e.admin3, e.location, e.latitude, e.longitude, e.geo_precision,
  e.fatalities, e.confidence, e.version, e.merged_into, e.retired_at,
  (select count(distinct m.report_id) from event_mentions m where m.event_id = e.id) as report_count,
  (select coalesce(jsonb_agg(distinct m.report_id), '[]') from event_mentions m where m.event_id = e.id) as report_ids`;

/** One statement inserts events for both origins: $1 origin, $2 source id, $3 a JSON array of rows. */
const INSERT_EVENTS = `
  insert into events (
    origin, source_id, external_id, notes, event_date, time_precision, event_type, sub_event_type,
    actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction,
    country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, fatalities)
  select
    $1, $2, r.external_id, r.notes, r.event_date, r.time_precision, r.event_type, r.sub_event_type,
    r.actor1, r.assoc_actor_1, r.inter1, r.actor2, r.assoc_actor_2, r.inter2, r.interaction,
    r.country, r.admin1, r.admin2, r.admin3, r.location, r.latitude, r.longitude, r.geo_precision, r.fatalities
  from jsonb_to_recordset($3::jsonb) as r(
    external_id text, notes text, event_date date, time_precision smallint, event_type text, sub_event_type text,
    actor1 text, assoc_actor_1 text, inter1 smallint, actor2 text, assoc_actor_2 text, inter2 smallint,
    interaction smallint, country text, admin1 text, admin2 text, admin3 text, location text,
    latitude double precision, longitude double precision, geo_precision smallint, fatalities integer)
  on conflict (source_id, external_id) do nothing
  returning id`;

/** What resolution weighs a report's mentions by: its key (content hash and owner) and its source. */
export interface ReportOrigin {
  id: number;
  hash: string;
  sourceId: number;
  sourceType: SourceType;
  reliability: string | null;
  published: string | null;
}

/**
 * Records that reports were read (when, and what the extractor warned about) and returns where
 * each comes from, by id. With `pendingOnly`, a report already extracted is left alone and not
 * returned: a worker whose claim ran out while it was at work finds the report done by the one
 * that claimed it next (on a server, its update waits for that one's to commit, then sees it).
 * Otherwise a missing report is an error.
 */
export async function markExtracted(
  tx: Queryable, reports: readonly { reportId: number; warnings: readonly string[] }[], { pendingOnly = false } = {},
): Promise<Map<number, ReportOrigin>> {
  const { rows } = await tx.query<ReportOrigin>(
    `update reports r set extraction_status = 'extracted', extraction_warnings = x.warnings, extracted_at = now()
     from jsonb_to_recordset($1::jsonb) as x(id bigint, warnings jsonb), sources s
     where r.id = x.id and s.id = r.source_id and (not $2::boolean or r.extraction_status = 'pending')
     returning r.id, r.content_hash || ':' || r.owner_org as hash, r.source_id as "sourceId", s.type as "sourceType", s.reliability,
       r.published_at as published`,
    [JSON.stringify(reports.map((r) => ({ id: r.reportId, warnings: r.warnings }))), pendingOnly],
  );
  const origins = new Map(rows.map((r) => [r.id, r]));
  const missing = reports.find((r) => !origins.has(r.reportId));
  if (missing && !pendingOnly) throw new StoreError('STORE_INVALID_INPUT', `no report with id ${missing.reportId}`);
  return origins;
}

const IMPORT_BATCH = 1000;

/**
 * Stores events from a dataset (ACLED, UCDP). Idempotent by (source, external_id): rows already
 * present are skipped, not updated. Evidence and claims on imported rows are not stored.
 */
export async function saveImportedEvents(
  db: Db,
  source: { name: string; type: string },
  rows: ImportedEvent[],
): Promise<{ inserted: number; skipped: number }> {
  rows.forEach((r) => {
    checkEvent(r);
    checkText('external_id', r.external_id);
    checkText('notes', r.notes);
  });
  return db.transaction(async (tx) => {
    const sourceId = await ensureSource(tx, source);
    let inserted = 0;
    for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
      const batch = rows.slice(i, i + IMPORT_BATCH).map((r) => ({ ...acledColumns(r), external_id: r.external_id, notes: r.notes ?? null }));
      const result = await tx.query(INSERT_EVENTS, ['imported', sourceId, JSON.stringify(batch)]);
      inserted += result.rows.length;
    }
    return { inserted, skipped: rows.length - inserted };
  });
}

// The filter as one fixed WHERE clause: a filter left out is a null parameter that turns its line off.
// Source: the dataset an imported row came from, or a source of one of its reports. Text: any of
// the coded names, the notes, or the words of one of its reports. Both read only when asked for,
// and only the reports the viewer may see (visibility.ts); filterFor adds that the event is fully
// visible: partly visible ones are matched on their rewritten fields (partial-events.ts). A type
// is an event type or a sub-type; which one is decided by its name, not by testing both columns,
// so the planner (which folds the case once it has the value) can walk events_type_place.
const FILTER_TEMPLATE = `
  e.retired_at is null
  and ($1::date is null or e.event_date >= $1::date)
  and ($2::date is null or e.event_date <= $2::date)
  and ($3::text is null or e.country = $3::text)
  and ($4::text is null or e.admin1 = $4::text)
  and ($5::text is null or strpos(lower(e.actor1), lower($5::text)) > 0
                        or strpos(lower(coalesce(e.actor2, '')), lower($5::text)) > 0)
  and ($6::text is null or case when $6::text in (${EVENT_TYPES.map((t) => `'${t}'`).join(', ')}) then e.event_type = $6::text else e.sub_event_type = $6::text end)
  and ($7::text is null or e.status = $7::text)
  and ($8::float8 is null or e.longitude between $8::float8 and $10::float8)
  and ($9::float8 is null or e.latitude between $9::float8 and $11::float8)
  and ($12::text is null or exists (select 1 from sources s where s.id = e.source_id and s.name = $12::text)
                         or exists (select 1 from event_mentions m join reports r on r.id = m.report_id join sources s on s.id = r.source_id
                                    where m.event_id = e.id and s.name = $12::text and REPORT_VISIBLE))
  and ($13::text is null or strpos(lower(concat_ws(' ', e.location, e.admin1, e.admin2, e.admin3, e.actor1, e.actor2,
                                                    e.assoc_actor_1, e.assoc_actor_2, e.sub_event_type, e.notes)), lower($13::text)) > 0
                         or exists (select 1 from event_mentions m join reports r on r.id = m.report_id
                                    where m.event_id = e.id and strpos(lower(r.raw_text), lower($13::text)) > 0 and REPORT_VISIBLE))`;

/** The filter for what `v` sees whole; a query using it starts with withHidden(v). */
export function filterFor(v: Viewer): string {
  return `${FILTER_TEMPLATE.replaceAll('REPORT_VISIBLE', ownedRowVisible('r', v))}\n  and ${eventFullyVisible('e', v)}`;
}

/** The filter as the system sees it (everything). */
export const FILTER = filterFor(SYSTEM);

/** How many parameters FILTER takes: a query adds its own after them. */
export const FILTER_PARAMS = 13;

export function filterParams(f: EventFilter): unknown[] {
  for (const [k, v] of [['from', f.from], ['to', f.to]] as const) {
    if (v != null && !isIsoDate(v)) throw new StoreError('STORE_INVALID_INPUT', `${k} must be YYYY-MM-DD, got "${v}"`);
  }
  if (f.bbox && !(f.bbox.length === 4 && f.bbox.every(Number.isFinite))) {
    throw new StoreError('STORE_INVALID_INPUT', 'bbox must be four finite numbers [west, south, east, north]');
  }
  const [w, s, e, n] = f.bbox ?? [null, null, null, null];
  return [f.from ?? null, f.to ?? null, f.country ?? null, f.admin1 ?? null, f.actor || null, f.type ?? null, f.status ?? null, w, s, e, n, f.source || null, f.q || null];
}

/** Up to this many matches, a list finds them all first and sorts them (see listEvents). */
const FEW_MATCHES = 1000;

/**
 * Events matching the filter that `v` may see (by default: the public ones), newest first (then
 * by id); those it sees in part rewritten from what it may see.
 *
 * `partly`, when the caller has read the partly visible events for this filter and viewer already
 * (partialEvents: a page and its count read them once).
 *
 * `matching`, when the caller has counted the matches already (the map's summary has), picks the
 * plan: the planner cannot estimate a text or actor filter, and walking the date index in search
 * of 100 events of which there are 3 reads every event (90 ms of 100,000 on PGlite); a few are
 * found and sorted in a few milliseconds. None are not looked for.
 *
 * @example await listEvents(db, { q: 'Kidal', limit: 100 }, viewer, { matching: 12 })
 */
export async function listEvents(
  db: Queryable, f: EventFilter = {}, v: Viewer = ANONYMOUS, known: { matching?: number; partly?: readonly PartialEvent[] } = {},
): Promise<StoredEvent[]> {
  const { matching, partly } = known;
  const limit = f.limit ?? 100;
  const offset = f.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > 10_000) throw new StoreError('STORE_INVALID_INPUT', `limit must be an integer from 0 to 10000, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError('STORE_INVALID_INPUT', `offset must be a non-negative integer, got ${offset}`);
  if (matching === 0) return [];
  const params = filterParams(f);
  const partial = partly ?? (await partialEvents(db, v, f));
  if (partial.length === 0 && matching !== undefined && matching <= FEW_MATCHES) {
    // Materialized, the matches are found by the filter's own best plan; the sort cannot use the date index.
    const { rows } = await db.query<StoredEvent>(
      `${withHidden(v)}, matching as materialized (select e.id, e.event_date from events e where ${filterFor(v)}),
       page as (select id, event_date from matching order by event_date desc, id limit $14 offset $15)
       select ${EVENT_COLUMNS} from page join events e on e.id = page.id
       order by e.event_date desc, e.id`,
      [...params, limit, offset],
    );
    return rows;
  }
  if (partial.length === 0) {
    // The page's ids first, then its columns: the skipped rows of a deep page are not projected
    // (EVENT_COLUMNS reads each event's mentions).
    const { rows } = await db.query<StoredEvent>(
      `${withHidden(v)}, page as (
         select e.id, e.event_date from events e where ${filterFor(v)}
         order by e.event_date desc, e.id limit $14 offset $15)
       select ${EVENT_COLUMNS} from page join events e on e.id = page.id
       order by page.event_date desc, page.id`,
      [...params, limit, offset],
    );
    return rows;
  }
  // The partly visible events take their place in the order by their rewritten dates.
  const rewritten = new Map(partial.map((p) => [p.event.id, p.event]));
  const { rows } = await db.query<StoredEvent>(
    `${withHidden(v)}, partial as (select * from jsonb_to_recordset($16::jsonb) as p(id bigint, event_date date))
     select ${EVENT_COLUMNS} from events e left join partial p on p.id = e.id
     where (${filterFor(v)}) or p.id is not null
     order by coalesce(p.event_date, e.event_date) desc, e.id limit $14 offset $15`,
    [...params, limit, offset, JSON.stringify(partial.map((p) => ({ id: p.event.id, event_date: p.event.event_date })))],
  );
  return rows.map((r) => rewritten.get(r.id) ?? r);
}

/**
 * How many events `v` may see match the filter; with `upTo`, counting stops past that many (the
 * answer is then upTo + 1): a page of a list needs to know "more than 10,000", and counting a
 * whole 100,000-row table for every page is what limits a busy server.
 */
export async function countEvents(db: Queryable, f: EventFilter = {}, v: Viewer = ANONYMOUS, upTo?: number, partly?: readonly PartialEvent[]): Promise<number> {
  const stop = upTo === undefined ? '' : ` limit ${Math.floor(upTo) + 1}`;
  const [{ rows }, partial] = await Promise.all([
    db.query<{ n: number }>(`${withHidden(v)} select count(*) as n from (select 1 from events e where ${filterFor(v)}${stop}) matching`, filterParams(f)),
    partly ?? partialEvents(db, v, f),
  ]);
  return Number(rows[0]!.n) + partial.length;
}

/**
 * One event with the reports it comes from, the evidence for its fields and the claims about it
 * with who made them: all of it as far as `v` may see (null when it may see none of it). A
 * retired event is returned too: merged_into says where its reports went.
 */
export async function getEvent(db: Queryable, id: number, v: Viewer = ANONYMOUS): Promise<EventDetail | null> {
  const event = await visibleEvent(db, id, v);
  if (!event) return null;
  const reports = await db.query<EventReport>(
    `select r.id, r.url, r.title, r.lang, r.published_at, s.name as source_name, s.type as source_type, s.reliability as source_reliability,
            r.raw_text as text
     from reports r
     join sources s on s.id = r.source_id
     where r.id in (select m.report_id from event_mentions m where m.event_id = $1) and ${ownedRowVisible('r', v)}
     order by r.published_at nulls last, r.id`,
    [id],
  );
  const evidence = await db.query<StoredEvidence>(
    `select x.report_id, x.mention_id, x.field, x.start_offset as start, x.end_offset as "end", x.quoted_text as text
     from evidence x join event_mentions m on m.id = x.mention_id join reports r on r.id = m.report_id
     where m.event_id = $1 and ${ownedRowVisible('r', v)} order by x.report_id, x.id`,
    [id],
  );
  const mentions = await db.query<EventDetail['mentions'][number]>(
    `select m.id, m.report_id, m.ordinal, m.coded from event_mentions m join reports r on r.id = m.report_id
     where m.event_id = $1 and ${ownedRowVisible('r', v)} order by m.report_id, m.ordinal`,
    [id],
  );
  return { ...event, reports: reports.rows, mentions: mentions.rows, evidence: evidence.rows, claims: await claimsOf(db, id, v) };
}

/** The event's columns as `v` may see them: stored, rewritten from what it sees, or null. */
async function visibleEvent(db: Queryable, id: number, v: Viewer): Promise<(StoredEvent & Pick<EventDetail, 'field_sources'>) | null> {
  const { rows } = await db.query<StoredEvent & Pick<EventDetail, 'field_sources'> & { whole: boolean }>(
    // A retired event holds no mentions: whether it may be seen whole is in its history's reports.
    `${withHidden(v)} select ${EVENT_COLUMNS}, e.field_sources,
       ${eventFullyVisible('e', v)} and (e.retired_at is null or not exists (
         select 1 from event_history h where h.event_id = e.id and not (${historyVisible('h', v)}))) as whole
     from events e where e.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.whole) {
    const { whole: _whole, ...event } = row;
    return { ...event, field_sources: unpackFieldSources(event.field_sources) };
  }
  const [partial] = await partialEvents(db, v, {}, [id]);
  return partial ? { ...partial.event, field_sources: partial.field_sources } : null;
}

/** Every figure claimed about an event that `v` may see, report by report, with the source that published it. */
async function claimsOf(db: Queryable, id: number, v: Viewer): Promise<StoredClaim[]> {
  const { rows } = await db.query<StoredClaim>(
    `select c.report_id, c.mention_id, c.kind, c.value, c.claimed_by, c.qualifier, c.quoted_text as text,
            c.start_offset as start, c.end_offset as "end", s.name as source_name, s.type as source_type
     from claims c
     join event_mentions m on m.id = c.mention_id
     join reports r on r.id = c.report_id
     join sources s on s.id = r.source_id
     where m.event_id = $1 and ${ownedRowVisible('r', v)} order by c.report_id, c.id`,
    [id],
  );
  return rows;
}

/** The claims about an event `v` may see (the claims ledger's input), or null when it may see no such event. */
export async function eventClaims(db: Queryable, id: number, v: Viewer = ANONYMOUS): Promise<StoredClaim[] | null> {
  return (await visibleEvent(db, id, v)) ? claimsOf(db, id, v) : null;
}

function acledColumns(e: CodedEvent): Omit<CodedEvent, 'evidence' | 'claims'> {
  const { evidence: _evidence, claims: _claims, ...columns } = e;
  return columns;
}

export function checkEvent(e: CodedEvent): void {
  if (!isIsoDate(e.event_date)) throw new StoreError('STORE_INVALID_INPUT', `event_date must be YYYY-MM-DD, got "${e.event_date}"`);
  for (const v of [e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2, e.location, e.country, e.admin1, e.admin2, e.admin3]) checkText('event field', v);
  for (const x of [...(e.evidence ?? []), ...(e.claims ?? [])]) checkText('quoted text', x.text);
}

/** Whether `v` sees every one of these events whole: what changing them (a review) requires. */
export async function eventsSeenWhole(db: Queryable, ids: readonly number[], v: Viewer): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `${withHidden(v)} select count(*) as n from events e where e.id = any($1::bigint[]) and ${eventFullyVisible('e', v)}`,
    [[...new Set(ids)]],
  );
  return Number(rows[0]!.n) === new Set(ids).size;
}
