/**
 * The map-and-timeline query over a million events on the PostgreSQL server: npm run bench.
 *
 * Seeds MAP_BENCH_EVENTS (default 1,000,000) imported events into a schema of its own (dropped
 * after) on the server named by DATABASE_URL: ten years (2016-2025) at 2,000 of the gazetteer's
 * towns, six kinds of act. The seed is one INSERT ... SELECT over generate_series, so the server
 * makes the rows itself (a client-side import of a million rows is the import bench's job).
 *
 * Then times MAP_BENCH_QUERIES requests of `GET /api/map` made in process, as the dashboard makes
 * them, without the read cache (every answer read from the store): a bounding box around a random
 * town (2 to 12 degrees wide), a date range (a month to two years), an event type, and the zoom
 * that shows the box. The answer is the map's clusters plus the timeline's daily counts. Prints
 * the median, p95 and max in milliseconds, then a JSON line. Target: p95 under 100 ms.
 * MAP_BENCH_FILTER=subtype asks for a sub-type instead of a type, =none for no type at all.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { gazetteerTowns } from '../src/cli/server-deps.ts';
import { createApp } from '../src/server/app.ts';
import { openStore } from '../src/store/connect.ts';
import { seededRandom } from './synthetic-events.ts';

const EVENTS = Number(process.env.MAP_BENCH_EVENTS ?? 1_000_000);
const QUERIES = Number(process.env.MAP_BENCH_QUERIES ?? 200);
const WARM_UP = 20;
const FILTER = process.env.MAP_BENCH_FILTER ?? 'type';
if (!['type', 'subtype', 'none'].includes(FILTER)) throw new Error(`MAP_BENCH_FILTER must be type, subtype or none, got "${FILTER}"`);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log(JSON.stringify({ bench: 'map-query', skipped: 'DATABASE_URL is not set: this benchmark runs on the PostgreSQL server' }));
  process.exit(0);
}

const KINDS = [
  { event_type: 'Battles', sub_event_type: 'Armed clash', inter1: 2 },
  { event_type: 'Violence against civilians', sub_event_type: 'Attack', inter1: 2 },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', inter1: 1 },
  { event_type: 'Protests', sub_event_type: 'Peaceful protest', inter1: 6 },
  { event_type: 'Riots', sub_event_type: 'Mob violence', inter1: 5 },
  { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', inter1: 2 },
];
const towns = gazetteerTowns(1000).slice(0, 2000).map((t) => ({ name: t.name, country: t.country, admin1: t.admin1, lat: t.latitude, lon: t.longitude }));
const schema = `bench_${randomBytes(5).toString('hex')}`;
const db = await openStore({ databaseUrl, schema });
try {
  const t0 = performance.now();
  await seed();
  await db.exec('vacuum analyze events');
  console.log(`seeded ${EVENTS} events in ${((performance.now() - t0) / 1000).toFixed(1)} s, then vacuumed and analyzed`);

  const app = createApp({ db, towns: gazetteerTowns });
  const { rand, pick } = seededRandom(7);
  const times: number[] = [];
  let cells = 0;
  let days = 0;
  for (let i = 0; i < WARM_UP + QUERIES; i++) {
    const url = `/api/map?${randomQuery(rand, pick)}`;
    const start = performance.now();
    const res = await app.request(url);
    const body = (await res.json()) as { cells: unknown[]; days: unknown[] };
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
    if (i < WARM_UP) continue;
    times.push(ms);
    cells += body.cells.length;
    days += body.days.length;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!);
  const figures = {
    bench: 'map-query', store: 'postgres', filter: FILTER, events: EVENTS, queries: QUERIES,
    map_query_median_ms: at(0.5), map_query_p95_ms: at(0.95), map_query_max_ms: at(1),
    avg_cells: Math.round(cells / QUERIES), avg_days: Math.round(days / QUERIES),
  };
  console.log(`GET /api/map (bbox, dates, ${FILTER === 'none' ? 'no type' : FILTER}), ${QUERIES} queries: median ${figures.map_query_median_ms} ms, p95 ${figures.map_query_p95_ms} ms, max ${figures.map_query_max_ms} ms`);
  console.log(JSON.stringify(figures));
} finally {
  await db.exec(`drop schema ${schema} cascade`);
  await db.close();
}

/** A million rows made by the server: random towns, days and kinds, from one seeded stream. */
async function seed(): Promise<void> {
  const { rows } = await db.query<{ id: number }>(`insert into sources (name, type) values ('bench dataset', 'dataset') returning id`);
  await db.query('select setseed(0.11)');
  await db.query(
    `with town as (select * from jsonb_to_recordset($2::jsonb) as t(i int, name text, country text, admin1 text, lat float8, lon float8)),
          kind as (select * from jsonb_to_recordset($3::jsonb) as k(i int, event_type text, sub_event_type text, inter1 int)),
          draw as (select g, floor(random() * $4::int)::int as t, floor(random() * 6)::int as k,
                          floor(random() * 3652)::int as day, random() as dx, random() as dy, floor(random() * 5)::int as dead
                   from generate_series(1, $5::int) g)
     insert into events (origin, source_id, external_id, event_date, time_precision, event_type, sub_event_type, actor1, inter1,
                         actor2, inter2, interaction, country, admin1, location, latitude, longitude, geo_precision, fatalities)
     select 'imported', $1, 'bench-' || d.g, date '2016-01-01' + d.day, 1, kind.event_type, kind.sub_event_type,
            case when kind.event_type = 'Protests' then 'Protesters (' || town.country || ')' else 'Unidentified Armed Group (' || town.country || ')' end,
            kind.inter1, 'Civilians (' || town.country || ')', 7, kind.inter1 * 10 + 7, town.country, town.admin1, town.name,
            town.lat + (d.dy - 0.5) * 0.05, town.lon + (d.dx - 0.5) * 0.05, 1, d.dead
     from draw d join town on town.i = d.t join kind on kind.i = d.k`,
    [rows[0]!.id, JSON.stringify(towns.map((t, i) => ({ i, ...t }))), JSON.stringify(KINDS.map((k, i) => ({ i, ...k }))), towns.length, EVENTS],
  );
}

/** A view a user might ask for: around a town, some months, one type, the zoom that fits the box. */
function randomQuery(rand: () => number, pick: <T>(xs: readonly T[]) => T): string {
  const town = pick(towns);
  const width = 2 + rand() * 10;
  const height = width * 0.6;
  const bbox = [town.lon - width / 2, town.lat - height / 2, town.lon + width / 2, town.lat + height / 2].map((x) => x.toFixed(3)).join(',');
  const start = Date.parse('2016-01-01T00:00:00Z') + Math.floor(rand() * 3000) * 86_400_000;
  const days = 30 + Math.floor(rand() * 700);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const zoom = Math.max(3, Math.min(10, Math.round(Math.log2(360 / width)) + 2));
  const kind = pick(KINDS);
  const type: Record<string, string> = FILTER === 'type' ? { type: kind.event_type } : FILTER === 'subtype' ? { type: kind.sub_event_type } : {};
  return new URLSearchParams({ bbox, from: iso(start), to: iso(start + days * 86_400_000), ...type, zoom: String(zoom) }).toString();
}
