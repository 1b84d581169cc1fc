/**
 * Queue throughput, end to end (extract, resolve, store): npm run bench (last part).
 *
 * WORKER_BENCH_REPORTS reports (default 5,000, about 2 KB each: enough that a worker's steady state, not its
 * first thousand reports of compiling the code, decides the figure; 1,000 gave a third less) are queued, then drained by one
 * `sahelwatch worker` process, then (in a fresh schema) by two, on the PostgreSQL server named by
 * DATABASE_URL (each run in a schema of its own, dropped after); then by a worker in-process on the
 * embedded store. Two figures for each: reports per second while every worker is at work (from
 * the moment the last of them made its first claim to the last ingest-report job done, counting
 * the reports done in that span: process start-up, loading the gazetteer, is left out, and so is
 * the time one worker ran alone while the other was still starting, which counted against two
 * workers until late on 2026-11-26); and all the reports over the time from the first claim to the last
 * job of any kind done, the detector passes included (what a worker really gets through).
 * Beside each server figure, how busy the runs kept the two cores: the workers' CPU time from
 * their first claim (their own count) and the server's (its processes' CPU time in /proc, read
 * before and after; the server must run on this machine), over the wall time to the last job.
 * Prints a line per figure, then one JSON object with every figure as the last line.
 *
 * WORKER_BENCH_CORPUS picks the reports (report-corpus.ts): `varied` (the default: many distinct
 * events, some told by several sources, as reporting comes in) or `retold` (every report re-tells
 * the same few events: the figure before 2026-11-27, a worst case for resolution).
 * WORKER_BENCH_CONCURRENCY sets each worker's loops (`worker --concurrency`, default 2).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadExtractor } from '../src/cli/extractor.ts';
import { enqueueDocuments } from '../src/jobs/enqueue-documents.ts';
import { runWorker, type WorkerSummary } from '../src/jobs/worker.ts';
import { openStore } from '../src/store/connect.ts';
import type { Db } from '../src/store/db.ts';
import { reportCorpus, variedCorpus } from './report-corpus.ts';

const N = Number(process.env.WORKER_BENCH_REPORTS ?? 5000);
const BIN = fileURLToPath(new URL('../bin/sahelwatch.js', import.meta.url));
const CORPUS = process.env.WORKER_BENCH_CORPUS ?? 'varied';
/** Loops per worker process (`worker --concurrency`); the worker's own default when unset. */
const CONCURRENCY = process.env.WORKER_BENCH_CONCURRENCY;
if (CORPUS !== 'varied' && CORPUS !== 'retold') throw new Error(`WORKER_BENCH_CORPUS must be varied or retold, got "${CORPUS}"`);
const docs = CORPUS === 'varied' ? variedCorpus(N, 11) : reportCorpus(N, 11);
const figures: Record<string, number | string | null> = { worker_reports: N, worker_corpus: CORPUS };
console.log(`${N} reports, ${CORPUS} corpus`);

interface Rate {
  /** Reports per second while every worker was at work, to the last report done. */
  ingest: number;
  /** All the reports over the time from the first claim to the last job done, detector passes included. */
  withDetect: number;
  /** Seconds from the first claim to the last job done, and the workers' CPU seconds in that time. */
  wallS: number;
  workerCpuS: number;
}

/** CPU seconds used so far by the PostgreSQL server's processes on this machine (null without /proc). */
function serverCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      // utime, stime, cutime and cstime (fields 14 to 17 of proc(5)): a backend that ended (a worker's
      // connection closed) left its time to the server process that reaped it.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // A process that ended meanwhile.
    }
  }
  return ticks / 100; // USER_HZ: 100 on Linux
}

/**
 * Rates from the workers' summaries: their first claims and when they were done (a job's
 * finished_at is when its transaction began, before its reports were resolved, so the end is taken
 * from the workers); the reports counted while all were at work are those whose jobs finished then.
 */
async function rates(db: Db, runs: readonly WorkerSummary[]): Promise<Rate> {
  const working = runs.filter((r) => r.reports > 0);
  const firstClaim = Math.min(...working.map((r) => r.firstAt!));
  const allAtWork = Math.max(...working.map((r) => r.firstAt!));
  const { rows } = await db.query<{ done: number }>(
    `select count(*)::int as done from jobs where kind = 'ingest-report' and finished_at >= $1`,
    [new Date(allAtWork)],
  );
  const lastReports = Math.max(...working.map((r) => r.lastReportsAt!));
  const lastJob = Math.max(...runs.map((r) => r.lastAt ?? 0));
  const wallS = (lastJob - firstClaim) / 1000;
  const workerCpuS = runs.reduce((t, r) => t + (r.cpuMs ?? 0), 0) / 1000;
  return { ingest: rows[0]!.done / ((lastReports - allAtWork) / 1000), withDetect: N / wallS, wallS, workerCpuS };
}

function spawnWorker(url: string): Promise<WorkerSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--once', ...(CONCURRENCY ? ['--concurrency', CONCURRENCY] : [])], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"worker"'));
      if (code !== 0 || !line) reject(new Error(`worker exited with ${code}: ${out}`));
      else resolve(JSON.parse(line).worker);
    });
  });
}

async function onServer(databaseUrl: string, workers: number): Promise<Rate & { serverCpuS: number | null }> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const db = await openStore({ databaseUrl, schema });
  try {
    await enqueueDocuments(db, docs);
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const cpuBefore = serverCpuSeconds();
    const runs = await Promise.all(Array.from({ length: workers }, () => spawnWorker(url.toString())));
    const cpuAfter = serverCpuSeconds();
    // The server's time includes the workers' start-up (a second or two of little work) and this process's reads.
    return { ...(await rates(db, runs)), serverCpuS: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
  } finally {
    await db.exec(`drop schema if exists ${schema} cascade`);
    await db.close();
  }
}

async function embedded(): Promise<Rate> {
  const db = await openStore({});
  try {
    await enqueueDocuments(db, docs);
    return await rates(db, [await runWorker(db, { extract: await loadExtractor(), once: true })]);
  } finally {
    await db.close();
  }
}

const round = (x: number) => Math.round(x);
const url = process.env.DATABASE_URL;
if (url) {
  const one = await onServer(url, 1);
  const two = await onServer(url, 2);
  figures.worker_postgres_1_reports_per_s = round(one.ingest);
  figures.worker_postgres_2_reports_per_s = round(two.ingest);
  figures.worker_2_vs_1 = Math.round((two.ingest / one.ingest) * 100) / 100;
  figures.worker_postgres_1_with_detect_reports_per_s = round(one.withDetect);
  figures.worker_postgres_2_with_detect_reports_per_s = round(two.withDetect);
  console.log(`PostgreSQL server, one worker: ${round(one.ingest)} reports/s; two workers: ${round(two.ingest)} reports/s (${figures.worker_2_vs_1} × one)`);
  console.log(`  detector passes included: one worker ${round(one.withDetect)} reports/s, two ${round(two.withDetect)}`);
  for (const [name, r] of [['one worker', one], ['two workers', two]] as const) {
    const busy = (r.workerCpuS + (r.serverCpuS ?? 0)) / r.wallS;
    figures[`worker_postgres_${name === 'one worker' ? 1 : 2}_cores_busy`] = Math.round(busy * 100) / 100;
    console.log(`  ${name}: workers ${r.workerCpuS.toFixed(1)} CPU s, server ${r.serverCpuS?.toFixed(1) ?? '?'} CPU s over ${r.wallS.toFixed(1)} s: ${busy.toFixed(2)} cores busy`);
  }
} else {
  console.log('PostgreSQL server figures skipped: DATABASE_URL is not set');
}
const inProcess = await embedded();
figures.worker_embedded_reports_per_s = round(inProcess.ingest);
figures.worker_embedded_with_detect_reports_per_s = round(inProcess.withDetect);
console.log(`embedded store, in-process: ${round(inProcess.ingest)} reports/s (detector passes included: ${round(inProcess.withDetect)})`);
console.log(JSON.stringify(figures));
