/**
 * Alert latency on the embedded store (issue 5's target: under 2 s): from the ingest of the report
 * that completes a pattern to the alert on the SSE stream. Each trial ingests, on a new day, two
 * reports of JNIM attacks on two towns (no alert: an offensive needs three), opens
 * GET /api/alerts/stream on a real HTTP server, then times the ingest of the third town's report
 * (extraction, resolution, detection) until the coordinated-offensive alert arrives on the stream.
 * Prints a line per figure, then one JSON object with every figure as the last line.
 */
import { performance } from 'node:perf_hooks';
import { loadExtractor } from '../src/cli/extractor.ts';
import { ingestDocuments } from '../src/cli/ingest-documents.ts';
import { createApp } from '../src/server/app.ts';
import { startServer } from '../src/server/serve.ts';
import { lastAlertCursor } from '../src/store/alert.repository.ts';
import { openStore } from '../src/store/connect.ts';

const TRIALS = Number(process.env.LATENCY_TRIALS ?? 15);
const TOWNS = [['Kayes', 'Nioro du Sahel', 'Diéma'], ['Ségou', 'Mopti', 'Tombouctou'], ['Gao', 'Ménaka', 'Ansongo'], ['Sikasso', 'Koutiala', 'Bougouni'], ['Kita', 'Kolokani', 'Banamba']];
const SOURCE = { name: 'latency bench wire', type: 'international wire' as const };

const db = await openStore({});
const extract = await loadExtractor();
const server = await startServer(createApp({ db, towns: () => [] }), { port: 0, host: '127.0.0.1' });
const report = (town: string, day: string, trial: number) => ({
  doc: { id: `t${trial}-${town}`, text: `JNIM militants attacked an army post in ${town} on ${day}, killing ${2 + trial % 5} soldiers, local officials said. (trial ${trial})`, published: day, lang: 'en' as const },
  source: SOURCE,
});

// Warm-up: the first ingest loads the gazetteer and lexicons.
await ingestDocuments(db, extract, [report('Kayes', '2020-01-01', -1)]);

const latencies: number[] = [];
for (let t = 0; t < TRIALS; t++) {
  const day = new Date(Date.parse('2021-01-04T00:00:00Z') + t * 7 * 86_400_000).toISOString().slice(0, 10);
  const [a, b, c] = TOWNS[t % TOWNS.length]!;
  await ingestDocuments(db, extract, [report(a!, day, t), report(b!, day, t)]);
  const since = await lastAlertCursor(db);
  const abort = new AbortController();
  const res = await fetch(`${server.url}api/alerts/stream?kinds=coordinated_offensive&since=${since}`, { signal: abort.signal });
  const reader = res.body!.getReader();
  const arrived = (async () => {
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: alert')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream closed');
      text += decoder.decode(value, { stream: true });
    }
    return performance.now();
  })();
  const start = performance.now();
  const summary = await ingestDocuments(db, extract, [report(c!, day, t)]);
  const ingested = performance.now();
  const at = await Promise.race([arrived, new Promise<number>((_, fail) => setTimeout(() => fail(new Error(`trial ${t}: no alert within 10 s (ingest: ${JSON.stringify(summary)})`)), 10_000))]);
  latencies.push(at - start);
  if (process.env.LATENCY_VERBOSE) console.log(`trial ${t}: ingest ${Math.round(ingested - start)} ms, alert on stream after ${Math.round(at - start)} ms`);
  abort.abort();
  await reader.cancel().catch(() => {});
}
await server.close();
await db.close();

latencies.sort((x, y) => x - y);
const q = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
const figures = { alert_latency_trials: TRIALS, alert_latency_median_ms: q(0.5), alert_latency_p95_ms: q(0.95), alert_latency_max_ms: Math.round(latencies.at(-1)!) };
for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`);
console.log(JSON.stringify(figures));
