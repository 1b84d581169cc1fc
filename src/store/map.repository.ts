/**
 * What the dashboard's map and timeline read: events counted on a grid and by day, in SQL, so
 * the browser never downloads the events themselves. Read-only; the filter is listEvents' own.
 */
import type { Queryable } from './db.ts';
import { EVENT_COLUMNS, FILTER_PARAMS, filterFor, filterParams } from './event.repository.ts';
import { partialEvents } from './partial-events.ts';
import { ANONYMOUS, type Viewer } from './viewer.ts';
import { eventFullyVisible, ownedRowVisible, withHidden } from './visibility.ts';
import type { EventFilter, StoredEvent } from './types.ts';

/** One grid cell's events: how many of each type, where their centre is, the event when alone. */
export interface MapCell {
  lon: number;
  lat: number;
  count: number;
  types: Record<string, number>;
  /** The one event of a cell that holds exactly one. */
  event: { id: number; event_type: string; event_date: string; location: string; fatalities: number } | null;
}

/** Cells beyond this many (the smallest first) are left out: a map cannot show more anyway. */
const MAX_CELLS = 5000;

/**
 * In one pass over the events (PGlite reads a table at a fraction of a server's speed, so passes
 * are what cost): the placed events matching the filter counted per square cell of `cellDegrees`
 * and per type, and the events matching every filter but the dates counted per day.
 *
 * @example await mapSummary(db, { from: '2025-07-01' }, 2.8)
 *   // { cells: [{ lon: -10.4, lat: 14.6, count: 9, types: { Battles: 7, ... }, event: null }], days: [{ day: '2025-06-20', count: 1 }, ...] }
 */
export async function mapSummary(db: Queryable, f: EventFilter, cellDegrees: number, v: Viewer = ANONYMOUS): Promise<{ cells: MapCell[]; days: Array<{ day: string; count: number }> }> {
  const [size, from, to] = [1, 2, 3].map((i) => `$${FILTER_PARAMS + i}`);
  // Whether the event is drawn is part of the cells' key, not a filter on each aggregate: an
  // aggregate filter is evaluated per row and per aggregate, and the day counts take every row.
  const drawn = `(${from}::date is null or e.event_date >= ${from}::date) and (${to}::date is null or e.event_date <= ${to}::date)
                 and e.latitude is not null and e.longitude is not null`;
  const { rows } = await db.query<SummaryRow>(
    `${withHidden(v)} select floor(e.longitude / ${size}::float8)::int as cx, floor(e.latitude / ${size}::float8)::int as cy, e.event_type,
            ${drawn} as drawn, e.event_date as day,
            count(*)::int as n, sum(e.longitude) as sx, sum(e.latitude) as sy, min(e.id) as id
     from events e
     where ${filterFor(v)}
     group by grouping sets ((1, 2, 3, 4), (5))`,
    [...filterParams({ ...f, from: undefined, to: undefined }), cellDegrees, f.from ?? null, f.to ?? null],
  );
  // Events seen in part count where their rewritten fields put them, as rows of the same shape.
  const partial = (await partialEvents(db, v, { ...f, from: undefined, to: undefined })).map((p) => p.event);
  rows.push(...partialRows(partial, cellDegrees, f));
  const rewritten = new Map(partial.map((e) => [e.id, e]));
  const days = new Map<string, number>();
  const cells = new Map<string, Omit<MapCell, 'event'> & { sx: number; sy: number; id: number | null }>();
  for (const r of rows) {
    if (r.day !== null) days.set(r.day, (days.get(r.day) ?? 0) + r.n);
    else if (r.drawn) {
      const key = `${r.cx}|${r.cy}`;
      const cell = cells.get(key) ?? cells.set(key, { lon: 0, lat: 0, count: 0, types: {}, sx: 0, sy: 0, id: r.id }).get(key)!;
      cell.count += r.n;
      cell.sx += r.sx;
      cell.sy += r.sy;
      cell.types[r.event_type!] = (cell.types[r.event_type!] ?? 0) + r.n;
    }
  }
  const kept = [...cells.values()].sort((a, b) => b.count - a.count).slice(0, MAX_CELLS);
  const single = await singles(db, kept.flatMap((c) => (c.count === 1 && c.id !== null && !rewritten.has(c.id) ? [c.id] : [])));
  for (const e of rewritten.values()) single.set(e.id, { id: e.id, event_type: e.event_type, event_date: e.event_date, location: e.location, fatalities: e.fatalities });
  return {
    cells: kept.map(({ sx, sy, id, ...c }) => ({ ...c, lon: sx / c.count, lat: sy / c.count, event: c.count === 1 && id !== null ? single.get(id) ?? null : null })),
    days: [...days].map(([day, count]) => ({ day, count })).sort((a, b) => (a.day < b.day ? -1 : 1)),
  };
}

/** A row of the summary: a day's count (day set), or a cell's events of one type, drawn or not (day null). */
type SummaryRow = { cx: number | null; cy: number | null; event_type: string | null; drawn: boolean | null; day: string | null; n: number; sx: number; sy: number; id: number | null };

/** Rewritten events as the summary query's rows: one per day, one per placed event in range. */
function partialRows(events: StoredEvent[], size: number, f: EventFilter): SummaryRow[] {
  const inRange = (e: StoredEvent) => (!f.from || e.event_date >= f.from) && (!f.to || e.event_date <= f.to);
  return events.flatMap((e) => [
    { cx: null, cy: null, event_type: null, drawn: null, day: e.event_date, n: 1, sx: 0, sy: 0, id: null },
    ...(e.latitude != null && e.longitude != null && inRange(e)
      ? [{ cx: Math.floor(e.longitude / size), cy: Math.floor(e.latitude / size), event_type: e.event_type, drawn: true, day: null, n: 1, sx: e.longitude, sy: e.latitude, id: e.id }]
      : []),
  ]);
}

async function singles(db: Queryable, ids: number[]): Promise<Map<number, NonNullable<MapCell['event']>>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<NonNullable<MapCell['event']>>(
    'select id, event_type, event_date, location, fatalities from events where id = any($1::bigint[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The values the filter bar offers, from the live events (actors: the most frequent first). */
export interface Facets {
  countries: Array<{ country: string; admin1: string[] }>;
  actors: string[];
  types: Array<{ event_type: string; sub_event_types: string[] }>;
  sources: string[];
}

/** The filter bar's values, from the live events `v` may see (those it sees in part as rewritten). */
export async function facets(db: Queryable, maxActors = 300, v: Viewer = ANONYMOUS): Promise<Facets> {
  const partial = (await partialEvents(db, v)).map(({ event: e }) => ({
    country: e.country, admin1: e.admin1, actor1: e.actor1, actor2: e.actor2, event_type: e.event_type, sub_event_type: e.sub_event_type,
  }));
  const seen = `${withHidden(v)}, seen as (
    select country, admin1, actor1, actor2, event_type, sub_event_type from events e where e.retired_at is null and ${eventFullyVisible('e', v)}
    union all
    select * from jsonb_to_recordset($1::jsonb) as p(country text, admin1 text, actor1 text, actor2 text, event_type text, sub_event_type text))`;
  const rewritten = JSON.stringify(partial);
  const places = await db.query<{ country: string; admin1: string[] }>(
    `${seen} select country, coalesce(jsonb_agg(distinct admin1) filter (where admin1 is not null), '[]') as admin1
     from seen group by country order by country`,
    [rewritten],
  );
  const actors = await db.query<{ actor: string }>(
    `${seen} select actor from (select actor1 as actor from seen union all select actor2 from seen where actor2 is not null) a
     group by actor order by count(*) desc, actor limit $2`,
    [rewritten, maxActors],
  );
  const types = await db.query<{ event_type: string; sub_event_types: string[] }>(
    `${seen} select event_type, jsonb_agg(distinct sub_event_type) as sub_event_types from seen group by event_type order by event_type`,
    [rewritten],
  );
  // A source's name says who reports: only those with something the viewer may see are offered.
  const sources = await db.query<{ name: string }>(
    `select s.name from sources s
     where exists (select 1 from reports r where r.source_id = s.id and ${ownedRowVisible('r', v)})
        or exists (select 1 from events e where e.source_id = s.id and ${ownedRowVisible('e', v)})
     order by s.name`,
  );
  return { countries: places.rows, actors: actors.rows.map((r) => r.actor), types: types.rows, sources: sources.rows.map((r) => r.name) };
}

/** Live events `v` may see at these places (country and location name) from a day on, oldest first. */
export async function eventsAt(
  db: Queryable, places: ReadonlyArray<{ country: string; name: string }>, from: string, limit = 1000, v: Viewer = ANONYMOUS,
): Promise<StoredEvent[]> {
  const { rows } = await db.query<StoredEvent>(
    `${withHidden(v)} select ${EVENT_COLUMNS} from events e
     join jsonb_to_recordset($1::jsonb) as p(country text, name text) on p.country = e.country and p.name = e.location
     where e.retired_at is null and e.event_date >= $2::date and ${eventFullyVisible('e', v)}
     order by e.event_date, e.id limit $3`,
    [JSON.stringify(places.map((p) => ({ country: p.country, name: p.name }))), from, limit],
  );
  const at = (e: StoredEvent) => places.some((p) => p.country === e.country && p.name === e.location) && e.event_date >= from;
  const partial = (await partialEvents(db, v)).map((p) => p.event).filter(at);
  return [...rows, ...partial].sort((a, b) => (a.event_date < b.event_date ? -1 : a.event_date > b.event_date ? 1 : a.id - b.id)).slice(0, limit);
}
