/**
 * Queue throughput, end to end (extract, resolve, store): npm run bench (last part).
 *
 * WORKER_BENCH_REPORTS reports (default 1,000, about 2 KB each) are queued, then drained by one
 * `sahelwatch worker` process, then (in a fresh schema) by two, on the PostgreSQL server named by
 * DATABASE_URL (each run in a schema of its own, dropped after); then by a worker in-process on the
 * embedded store. A figure runs from the first claim to the last ingest-report job done, so
 * process start-up (loading the gazetteer) is left out and detector passes after the batch too.
 * Prints a line per figure, then one JSON object with every figure as the last line.
 *
 * WORKER_BENCH_CORPUS picks the reports (report-corpus.ts): `varied` (the default: many distinct
 * events, some told by several sources, as reporting comes in) or `retold` (every report re-tells
 * the same few events: the figure before 2026-11-27, a worst case for resolution).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadExtractor } from '../src/cli/extractor.ts';
import { enqueueDocuments } from '../src/jobs/enqueue-documents.ts';
import { runWorker } from '../src/jobs/worker.ts';
import { openStore } from '../src/store/connect.ts';
import type { Db } from '../src/store/db.ts';
import { reportCorpus, variedCorpus } from './report-corpus.ts';

const N = Number(process.env.WORKER_BENCH_REPORTS ?? 1000);
const BIN = fileURLToPath(new URL('../bin/sahelwatch.js', import.meta.url));
const CORPUS = process.env.WORKER_BENCH_CORPUS ?? 'varied';
if (CORPUS !== 'varied' && CORPUS !== 'retold') throw new Error(`WORKER_BENCH_CORPUS must be varied or retold, got "${CORPUS}"`);
const docs = CORPUS === 'varied' ? variedCorpus(N, 11) : reportCorpus(N, 11);
const figures: Record<string, number | string | null> = { worker_reports: N, worker_corpus: CORPUS };
console.log(`${N} reports, ${CORPUS} corpus`);

/** Seconds from `firstAt` to the last ingest-report job done. */
async function span(db: Db, firstAt: number): Promise<number> {
  const { rows } = await db.query<{ last: Date }>(`select max(finished_at) as last from jobs where kind = 'ingest-report'`);
  return (rows[0]!.last.getTime() - firstAt) / 1000;
}

function spawnWorker(url: string): Promise<{ firstAt: number; reports: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--once'], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"worker"'));
      if (code !== 0 || !line) reject(new Error(`worker exited with ${code}: ${out}`));
      else resolve(JSON.parse(line).worker);
    });
  });
}

async function onServer(databaseUrl: string, workers: number): Promise<number> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const db = await openStore({ databaseUrl, schema });
  try {
    await enqueueDocuments(db, docs);
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const runs = await Promise.all(Array.from({ length: workers }, () => spawnWorker(url.toString())));
    const firstAt = Math.min(...runs.filter((r) => r.reports > 0).map((r) => r.firstAt));
    return N / (await span(db, firstAt));
  } finally {
    await db.exec(`drop schema if exists ${schema} cascade`);
    await db.close();
  }
}

async function embedded(): Promise<number> {
  const db = await openStore({});
  try {
    await enqueueDocuments(db, docs);
    const summary = await runWorker(db, { extract: await loadExtractor(), once: true });
    return N / (await span(db, summary.firstAt!));
  } finally {
    await db.close();
  }
}

const round = (x: number) => Math.round(x);
const url = process.env.DATABASE_URL;
if (url) {
  const one = await onServer(url, 1);
  const two = await onServer(url, 2);
  figures.worker_postgres_1_reports_per_s = round(one);
  figures.worker_postgres_2_reports_per_s = round(two);
  figures.worker_2_vs_1 = Math.round((two / one) * 100) / 100;
  console.log(`PostgreSQL server, one worker: ${round(one)} reports/s; two workers: ${round(two)} reports/s (${figures.worker_2_vs_1} × one)`);
} else {
  console.log('PostgreSQL server figures skipped: DATABASE_URL is not set');
}
const inProcess = await embedded();
figures.worker_embedded_reports_per_s = round(inProcess);
console.log(`embedded store, in-process: ${round(inProcess)} reports/s`);
console.log(JSON.stringify(figures));
