/**
 * Events as resolution and review change them: read their state, create them with ids chosen
 * beforehand, write their recomputed columns, retire them, and record every change in
 * event_history (the history of one event, and in id order the change feed).
 */
import type { Queryable } from './db.ts';
import { ANONYMOUS, type Viewer } from './viewer.ts';
import { historyVisible } from './visibility.ts';
import { packFieldSources, type FieldSource } from './field-sources.ts';
import type { AcledColumns, EventStatus } from './types.ts';

/** What resolution needs to know about a stored event. */
export interface EventState {
  id: number;
  version: number;
  status: EventStatus;
  pinned: boolean;
  /** Fields an analyst set by hand. */
  edited: Partial<AcledColumns>;
  columns: AcledColumns;
  confidence: number | null;
  retired_at: Date | null;
  merged_into: number | null;
}

/** An event as history records it: its columns, status and the reports and mentions behind it. */
export interface EventSnapshot extends AcledColumns {
  status: EventStatus;
  confidence: number | null;
  mentions: number[];
  reports: number[];
  retired?: boolean;
  merged_into?: number | null;
}

export type ChangeAction = 'create' | 'update' | 'merge' | 'split' | 'retire' | 'confirm' | 'reject' | 'edit';

export interface Change {
  event_id: number;
  version: number;
  action: ChangeAction;
  actor: string;
  reason: string | null;
  before: EventSnapshot | null;
  after: EventSnapshot;
}

export const ACLED_FIELDS = [
  'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'fatalities',
] as const satisfies readonly (keyof AcledColumns)[];

const COLUMN_LIST = ACLED_FIELDS.join(', ');

// Resolutions take turns: each sees the groups the one before left, and the change feed's ids
// are handed out in commit order, so a reader following the feed never skips a change.
const LOCK = `select pg_advisory_xact_lock(hashtext('sahelwatch.resolve:' || current_schema()))`;

export async function lockEvents(tx: Queryable): Promise<void> {
  await tx.query(LOCK);
}

export async function eventStates(db: Queryable, ids: readonly number[]): Promise<Map<number, EventState>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<Record<string, unknown>>(
    // One index probe per id: see mention.repository.ts on lookups by a list of ids.
    `select e.* from unnest($1::bigint[]) as x(id)
     cross join lateral (
       select id, version, status, pinned, edited, confidence, retired_at, merged_into, ${COLUMN_LIST}
       from events where id = x.id offset 0) e`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id as number, toState(r)]));
}

function toState(r: Record<string, unknown>): EventState {
  const columns = Object.fromEntries(ACLED_FIELDS.map((f) => [f, r[f]])) as unknown as AcledColumns;
  return {
    id: r.id as number, version: r.version as number, status: r.status as EventStatus, pinned: r.pinned as boolean,
    edited: r.edited as Partial<AcledColumns>, columns, confidence: r.confidence as number | null,
    retired_at: r.retired_at as Date | null, merged_into: r.merged_into as number | null,
  };
}

/** Ids for events about to be created, taken from the events' own sequence. */
export async function newEventIds(tx: Queryable, n: number): Promise<number[]> {
  if (n === 0) return [];
  // The sequence is named once, not once per id.
  const { rows } = await tx.query<{ id: number }>(
    `with seq as materialized (select pg_get_serial_sequence('events', 'id')::regclass as id)
     select nextval(seq.id) as id from seq, generate_series(1, $1)`,
    [n],
  );
  return rows.map((r) => r.id);
}

/** A row to write: its coded columns and what resolution derived. */
export interface EventWrite {
  id: number;
  version: number;
  columns: AcledColumns;
  confidence: number;
  field_sources: Record<string, FieldSource>;
}

const RECORD = `x(id bigint, version integer, confidence real, field_sources jsonb,
  event_date date, time_precision smallint, event_type text, sub_event_type text, actor1 text, assoc_actor_1 text,
  inter1 smallint, actor2 text, assoc_actor_2 text, inter2 smallint, interaction smallint, country text,
  admin1 text, admin2 text, admin3 text, location text, latitude float8, longitude float8, geo_precision smallint,
  fatalities integer)`;

function records(rows: readonly EventWrite[]): string {
  return JSON.stringify(rows.map((r) => ({ ...r.columns, id: r.id, version: r.version, confidence: r.confidence, field_sources: packFieldSources(r.field_sources) })));
}

/** Creates extracted events under ids from newEventIds. */
export async function insertEvents(tx: Queryable, rows: readonly EventWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into events (id, origin, version, confidence, field_sources, ${COLUMN_LIST})
     overriding system value
     select x.id, 'extracted', x.version, x.confidence, x.field_sources, ${ACLED_FIELDS.map((f) => `x.${f}`).join(', ')}
     from jsonb_to_recordset($1::jsonb) as ${RECORD}`,
    [records(rows)],
  );
}

/** Writes recomputed columns (and the new version) of live events. */
export async function updateEvents(tx: Queryable, rows: readonly EventWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `update events e set version = x.version, confidence = x.confidence, field_sources = x.field_sources,
       ${ACLED_FIELDS.map((f) => `${f} = x.${f}`).join(', ')}, retired_at = null, merged_into = null, updated_at = now()
     from jsonb_to_recordset($1::jsonb) as ${RECORD}
     where e.id = x.id`,
    [records(rows)],
  );
}

/** What a person decided about an event: its status and the fields they set. The event is pinned from then on. */
export async function setReview(tx: Queryable, id: number, status: EventStatus, edited: Partial<AcledColumns>): Promise<void> {
  await tx.query('update events set status = $2, edited = $3::jsonb, pinned = true, updated_at = now() where id = $1', [id, status, JSON.stringify(edited)]);
}

/** Retired events whose reports went to event `id`. */
export async function mergedInto(db: Queryable, id: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>('select id from events where merged_into = $1 and retired_at is not null order by id', [id]);
  return rows.map((r) => r.id);
}

/** The last time `from` was merged into `into`, if it was: the change that a split may undo. */
export async function lastMerge(db: Queryable, from: number, into: number): Promise<HistoryEntry | null> {
  const { rows } = await db.query<HistoryEntry>(
    `select id, event_id, version, action, actor, reason, at, before, after
     from event_history
     where event_id = $1 and action = 'merge' and (after->>'merged_into')::bigint = $2
     order by version desc limit 1`,
    [from, into],
  );
  return rows[0] ?? null;
}

/** Takes events out of the lists; they keep their id, columns and history. */
export async function retireEvents(tx: Queryable, rows: readonly { id: number; version: number; merged_into: number | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `update events e set retired_at = now(), merged_into = x.merged_into, version = x.version, updated_at = now()
     from jsonb_to_recordset($1::jsonb) as x(id bigint, version integer, merged_into bigint)
     where e.id = x.id`,
    [JSON.stringify(rows)],
  );
}

export async function recordChanges(tx: Queryable, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.query(
    `insert into event_history (event_id, version, action, actor, reason, before, after)
     select x.event_id, x.version, x.action, x.actor, x.reason, x.before, x.after
     from jsonb_to_recordset($1::jsonb)
       as x(event_id bigint, version integer, action text, actor text, reason text, before jsonb, after jsonb)
     order by x.event_id`,
    [JSON.stringify(changes)],
  );
}

export interface HistoryEntry extends Change {
  id: number;
  at: Date;
}

/** One event's changes, oldest first. */
export async function eventHistory(db: Queryable, eventId: number, v: Viewer = ANONYMOUS): Promise<HistoryEntry[]> {
  const { rows } = await db.query<HistoryEntry>(
    `select id, event_id, version, action, actor, reason, at, before, after
     from event_history h where event_id = $1 and ${historyVisible('h', v)} order by version`,
    [eventId],
  );
  return rows;
}

/**
 * The change feed: every change after the cursor (an event_history id), oldest first. A reader
 * keeps the last id it saw and asks again from there.
 */
export async function listChanges(db: Queryable, since: number, limit: number, v: Viewer = ANONYMOUS): Promise<HistoryEntry[]> {
  const { rows } = await db.query<HistoryEntry>(
    `select id, event_id, version, action, actor, reason, at, before, after
     from event_history h where id > $1 and ${historyVisible('h', v)} order by id limit $2`,
    [since, limit],
  );
  return rows;
}
