/**
 * Resolution throughput on the embedded store: npm run bench (after the extraction benchmark).
 *
 * Builds a synthetic stream shaped like the region's reporting: RESOLVE_EVENTS real events over ten
 * years at 3,000 of the gazetteer's populated places, each reported by one to four sources
 * with the disagreements real reports have (a day off, the actor left unnamed, another sub-type,
 * another toll), about 100,000 mentions in all. Reports are stored first (not timed); then
 * their events are resolved in batches of 1,000 reports, in random order, and timed. Prints a
 * line per figure, then one JSON object with every figure as the last line.
 *
 * RESOLVE_PROFILE=1 also prints where the time went (each SQL statement, and the rest: JavaScript);
 * RESOLVE_DUMP=file.json writes the final events (see resolve.dump.ts) to compare two versions.
 */
import { performance } from 'node:perf_hooks';
import { resolveReports } from '../src/dedup/resolver.ts';
import { interactionCode } from '../src/pipeline/ingest/import/fields.ts';
import { loadGazetteer } from '../src/pipeline/places/index.ts';
import type { CodedEvent, EventType } from '../src/pipeline/types.ts';
import { openStore } from '../src/store/connect.ts';
import { seededRandom } from './synthetic-events.ts';
import { dumpEvents } from './resolve.dump.ts';
import { profiled } from './sql.profile.ts';

const EVENTS = Number(process.env.RESOLVE_EVENTS ?? 58_000);
const BATCH = 1000;
// The same stream on every run.
const { rand, pick } = seededRandom(7);

const KINDS: [EventType, string, string | null, number | null][] = [
  ['Battles', 'Armed clash', 'Military Forces of Mali (2021-)', 1],
  ['Violence against civilians', 'Attack', 'Civilians (Mali)', 7],
  ['Violence against civilians', 'Abduction/forced disappearance', 'Civilians (Mali)', 7],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Military Forces of Mali (2021-)', 1],
  ['Explosions/Remote violence', 'Air/drone strike', 'JNIM: Group for Support of Islam and Muslims', 2],
  ['Protests', 'Peaceful protest', null, null],
];
const GROUPS = ['JNIM: Group for Support of Islam and Muslims', 'Islamic State (Sahel)', 'Dozo Communal Militia (Mali)'];

function syntheticStream(): { text: string; source: number; truth: number; events: CodedEvent[] }[] {
  // Violence in the Sahel falls mostly on villages: 3,000 populated places of Mali, Burkina Faso
  // and Niger, each as likely, so that a place sees about two events a year, as in the busiest years.
  const places = loadGazetteer().entries.filter((e) => e.fcode.startsWith('PPL') && ['ML', 'BF', 'NE'].includes(e.cc));
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  const COUNTRY: Record<string, string> = { ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger' };
  const towns = places.slice(0, 3000).map((e) => ({ name: e.name, country: COUNTRY[e.cc]!, admin1: e.admin1, lat: e.lat, lon: e.lon }));
  const town = () => pick(towns);
  const start = Date.parse('2015-01-01');
  const reports: { text: string; source: number; truth: number; events: CodedEvent[] }[] = [];
  for (let e = 0; e < EVENTS; e++) {
    const t = town();
    const day = start + Math.floor(rand() * 3650) * 86_400_000;
    const [type, sub, victim, inter2] = pick(KINDS);
    const actor = type === 'Protests' ? 'Protesters (Mali)' : pick(GROUPS);
    const sources = 1 + Math.floor(rand() * rand() * 4.5);
    for (let s = 0; s < sources; s++) {
      const dayOff = rand() < 0.2 ? 86_400_000 : 0;
      const inter1 = type === 'Protests' ? 6 : 2;
      const event: CodedEvent = {
        event_date: new Date(day + dayOff).toISOString().slice(0, 10), time_precision: 1, event_type: type,
        sub_event_type: rand() < 0.1 && type === 'Battles' ? 'Non-state actor overtakes territory' : sub,
        actor1: rand() < 0.3 && type !== 'Protests' ? `Unidentified Armed Group (${t.country})` : actor, assoc_actor_1: null,
        inter1, actor2: victim, assoc_actor_2: null, inter2, interaction: interactionCode(inter1, inter2),
        country: t.country, admin1: t.admin1, admin2: null, admin3: null, location: t.name, latitude: t.lat, longitude: t.lon,
        geo_precision: 1, fatalities: Math.floor(rand() * 12), evidence: [], claims: [],
      };
      reports.push({ text: `synthetic report ${e}.${s}`, source: s % 5, truth: e, events: [event] });
    }
  }
  // Reports arrive in any order.
  for (let i = reports.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [reports[i], reports[j]] = [reports[j]!, reports[i]!];
  }
  return reports;
}

const store = await openStore({});
const profile = process.env.RESOLVE_PROFILE ? profiled(store) : null;
const db = profile?.db ?? store;
const stream = syntheticStream();
const sourceIds: number[] = [];
for (let s = 0; s < 5; s++) {
  const { rows } = await store.query<{ id: number }>(`insert into sources (name, type) values ($1, 'independent media') returning id`, [`bench source ${s}`]);
  sourceIds.push(rows[0]!.id);
}
const reportIds: number[] = [];
for (let i = 0; i < stream.length; i += 5000) {
  const chunk = stream.slice(i, i + 5000).map((r) => ({ source: sourceIds[r.source], text: r.text, hash: r.text, published: r.events[0]!.event_date }));
  const { rows } = await store.query<{ id: number }>(
    `insert into reports (source_id, raw_text, content_hash, lang, published_at)
     select x.source, x.text, x.hash, 'en', x.published::date from jsonb_to_recordset($1::jsonb) as x(source bigint, text text, hash text, published text)
     returning id`,
    [JSON.stringify(chunk)],
  );
  reportIds.push(...rows.map((r) => r.id));
}

const mentions = stream.reduce((n, r) => n + r.events.length, 0);
profile?.start();
const t0 = performance.now();
for (let i = 0; i < stream.length; i += BATCH) {
  await resolveReports(db, stream.slice(i, i + BATCH).map((r, k) => ({ reportId: reportIds[i + k]!, events: r.events })));
}
const seconds = (performance.now() - t0) / 1000;
profile?.print(seconds, Math.ceil(stream.length / BATCH));
const events = (await store.query<{ n: number }>('select count(*) as n from events where retired_at is null')).rows[0]!.n;
const { rows: made } = await store.query<{ report_id: number; event_id: number }>('select report_id, event_id from event_mentions');

// Pairwise precision and recall against the events the stream was made from.
const truthOf = new Map(reportIds.map((id, k) => [id, stream[k]!.truth]));
const pairs = (counts: Map<string | number, number>) => [...counts.values()].reduce((n, c) => n + (c * (c - 1)) / 2, 0);
const tally = (key: (r: { report_id: number; event_id: number }) => string | number) => {
  const m = new Map<string | number, number>();
  for (const r of made) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
};
const truePositive = pairs(tally((r) => `${r.event_id}|${truthOf.get(r.report_id)}`));
const precision = truePositive / pairs(tally((r) => r.event_id));
const recall = truePositive / pairs(tally((r) => truthOf.get(r.report_id)!));

const figures = {
  resolve_true_events: EVENTS,
  resolve_mentions: mentions,
  resolve_seconds: Math.round(seconds * 10) / 10,
  resolve_mentions_per_s: Math.round(mentions / seconds),
  resolve_events_made: events,
  resolve_pairwise_precision: Math.round(precision * 1000) / 1000,
  resolve_pairwise_recall: Math.round(recall * 1000) / 1000,
  resolve_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
};
for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`);
console.log(JSON.stringify(figures));
// After the figures: reading every event back would count in the peak RSS.
if (process.env.RESOLVE_DUMP) await dumpEvents(store, process.env.RESOLVE_DUMP);
await store.close();
