/**
 * The API under load (issue 6): npm run bench (last part).
 *
 * In a schema of its own on the PostgreSQL server named by DATABASE_URL (dropped after), seeds
 * LOAD_EVENTS (100,000) synthetic public events the way dashboard.bench.ts does (not timed; then
 * vacuum analyze), issues an analyst token, serves the API on 127.0.0.1 as `serve` does (read cache on,
 * rate limits raised so the figures are the API's and not the limiter's), and runs autocannon in a
 * worker thread with LOAD_CONNECTIONS (200) clients for LOAD_SECONDS (30):
 *   - events: GET /api/events?limit=100, the same page again and again (a dashboard left open,
 *     a program polling): answered from the read cache after the first;
 *   - events_filtered: the same with a filter;
 *   - events_varied: every request a page of its own (a random offset and start date among
 *     100,000 combinations), so nearly every one is read from the database.
 * Every client sends Accept-Encoding: gzip, as browsers do. Target: no errors or non-2xx answers, p99 under 250 ms. Prints a line per run with the share of
 * answers that came from the cache, then one JSON object with every figure as the last line.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { issueToken } from '../src/access/issue-token.ts';
import { gazetteerTowns } from '../src/cli/server-deps.ts';
import { createApp } from '../src/server/app.ts';
import { startServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/connect.ts';
import { watchData } from '../src/store/data-watch.ts';
import { syntheticEvents } from './synthetic-events.ts';
import { saveImportedEvents } from '../src/store/event.repository.ts';
import { ensureOrganisation } from '../src/store/organisation.repository.ts';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const EVENTS = Number(process.env.LOAD_EVENTS ?? 100_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const RUNS = [
  { name: 'events', path: 'api/events?limit=100' },
  { name: 'events_filtered', path: 'api/events?limit=100&country=Mali&from=2024-01-01' },
  { name: 'events_varied', path: 'api/events?limit=100', setupRequest: fileURLToPath(new URL('./api-load.varied-request.cjs', import.meta.url)) },
];
// High enough that no request of a run is refused: the benchmark measures the API, not the limiter.
const LIMITS = { perTokenPerMinute: 100_000_000, perAddressPerMinute: 100_000_000 };


const schema = `bench_${randomBytes(5).toString('hex')}`;
const db = await openStore({ databaseUrl: DATABASE_URL, schema });
const figures: Record<string, unknown> = { bench: 'api-load', store: 'postgres', events: EVENTS, connections: CONNECTIONS, seconds: SECONDS, limits_raised: true };
try {
  const t0 = performance.now();
  await saveImportedEvents(db, { name: 'bench dataset', type: 'dataset' }, syntheticEvents(EVENTS));
  // As autovacuum would have done on a store that has run a while: statistics, and the visibility
  // map that lets counts and deep pages be read from the index alone.
  await db.exec('vacuum analyze events, event_mentions, reports, sources');
  console.log(`seeded ${EVENTS} public events in schema ${schema} in ${Math.round(performance.now() - t0)} ms, then vacuumed and analyzed`);
  const org = await ensureOrganisation(db, 'Load bench');
  const { token } = await issueToken(db, { organisationId: org.id, role: 'analyst', name: 'api-load bench', expiresAt: null });
  const dataWatch = await watchData(db);
  const app = createApp({ db, towns: gazetteerTowns, limits: LIMITS, dataWatch });
  // Requests still being answered when a run ends are waited for: dropping the schema under them
  // would make them fail (and print) after the figures.
  let inFlight = 0;
  const answered = { hit: 0, all: 0 };
  const fetch = async (request: Request, ...rest: unknown[]) => {
    inFlight++;
    try {
      const res = await (app.fetch as (r: Request, ...rest: unknown[]) => Response | Promise<Response>)(request, ...rest);
      answered.all++;
      if (res.headers.get('X-Cache') === 'hit') answered.hit++;
      return res;
    } finally {
      inFlight--;
    }
  };
  const drained = async () => {
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const server = await startServer({ fetch }, { port: 0, host: '127.0.0.1' });
  console.log(`rate limits raised to ${LIMITS.perTokenPerMinute} a minute per token and per address: the figures are the API's, not the limiter's`);
  try {
    for (const run of RUNS) {
      const url = new URL(run.path, server.url).toString();
      // A check first: the run means nothing if the answer is an error.
      const probe = await globalThis.fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      if (!probe.ok) throw new Error(`GET ${url}: ${probe.status} ${await probe.text()}`);
      Object.assign(answered, { hit: 0, all: 0 });
      // In a worker thread: the load is made on the other core, not in the server's event loop.
      const r = await autocannon({
        // Accept-Encoding as browsers and most HTTP clients send it.
        url, connections: CONNECTIONS, duration: SECONDS, workers: 1, headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' },
        ...(run.setupRequest ? { requests: [{ setupRequest: run.setupRequest }] } : {}),
      });
      const f = {
        from_cache: Number((answered.hit / Math.max(1, answered.all)).toFixed(3)),
        requests_per_s: Math.round(r.requests.average), requests: r.requests.total,
        p50_ms: r.latency.p50, p90_ms: r.latency.p90, p99_ms: r.latency.p99, max_ms: r.latency.max,
        non_2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
      };
      figures[run.name] = f;
      await drained();
      console.log(
        `GET /${run.path}${run.setupRequest ? ' (each request its own page)' : ''}, ${CONNECTIONS} clients for ${SECONDS} s: ${f.requests_per_s} requests/s (${f.requests} in all), ` +
          `latency p50 ${f.p50_ms} ms, p90 ${f.p90_ms} ms, p99 ${f.p99_ms} ms (max ${f.max_ms} ms), non-2xx ${f.non_2xx}, errors ${f.errors} (timeouts ${f.timeouts}), ` +
          `${Math.round(f.from_cache * 100)} % from the read cache`,
      );
    }
  } finally {
    await server.close();
    await dataWatch.close();
  }
  console.log(JSON.stringify(figures));
} finally {
  await db.exec(`drop schema if exists ${schema} cascade`);
  await db.close();
}
