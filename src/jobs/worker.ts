/**
 * A worker: claims jobs and runs their stage until stopped. Reports are claimed in batches (one
 * transaction resolves a batch: far fewer turns at the resolver's lock than one per report); the
 * other kinds one at a time. A failing job goes back in the queue later and later, and is given
 * up after MAX_ATTEMPTS claims, a job that kills its worker each time included.
 *
 * @example await runWorker(db, { extract, client, signal, once: true });
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Extract } from '../cli/extractor.ts';
import type { WebClient } from '../pipeline/ingest/sources/web-client.ts';
import { loadActorRegistry } from '../pipeline/actors/actor.registry.ts';
import { upsertActors } from '../store/actor.repository.ts';
import type { Db } from '../store/db.ts';
import { claimJobs, completeJobs, failJob, jobsPending, settleDetectPass, type Job, type JobKind } from '../store/job.repository.ts';
import { runDetect } from './detect.job.ts';
import { enqueuePendingReports } from './enqueue-documents.ts';
import { enqueueDueSources, runFetchSource } from './fetch-source.job.ts';
import { runIngestReports } from './ingest-report.job.ts';

export interface WorkerOptions {
  extract: Extract;
  /** For fetch-source jobs; without it the worker leaves them to others. */
  client?: WebClient;
  /** Stops claiming when aborted; the jobs in hand are finished first. */
  signal?: AbortSignal;
  /** Loops claiming at once in this process (default 1). */
  concurrency?: number;
  /** Stop when no job is claimable (jobs leased by others are theirs). */
  once?: boolean;
  /** Seconds a claim holds a job (default 60): a killed worker's jobs come back after this. */
  leaseSeconds?: number;
  /** Reports claimed at once (default 50). */
  batch?: number;
  /** Seconds a detector pass may wait behind queued reports before it goes first (default 10). */
  detectWaitSeconds?: number;
  /** Wait between polls of an empty queue (default 1000 ms), and between due-source checks (×30). */
  pollMs?: number;
  onJobs?: (jobs: readonly Job[], error?: Error) => void;
}

export interface WorkerSummary {
  jobs: number;
  reports: number;
  failed: number;
  /** When the first job was claimed and the last one finished (ms since the epoch), for throughput. */
  firstAt: number | null;
  lastAt: number | null;
  /** When the last batch of reports was done (ms since the epoch). */
  lastReportsAt: number | null;
  /** CPU time this process spent from the first claim to the end (ms, every thread): how busy a worker keeps the machine. */
  cpuMs: number | null;
}

export const MAX_ATTEMPTS = 8;

export async function runWorker(db: Db, o: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { jobs: 0, reports: 0, failed: 0, firstAt: null, lastAt: null, lastReportsAt: null, cpuMs: null };
  let cpuAtFirst: NodeJS.CpuUsage | undefined;
  const lease = o.leaseSeconds ?? 60;
  const pollMs = o.pollMs ?? 1000;
  const others: JobKind[] = o.client ? ['detect', 'fetch-source'] : ['detect'];
  // Reports saved by a process killed before it queued their jobs are queued now.
  await enqueuePendingReports(db);
  await upsertActors(db, loadActorRegistry().entries.map(({ name, inter, aliases }) => ({ name, inter, aliases })));
  let nextSourceCheck = 0;
  const loop = async (): Promise<void> => {
    while (!o.signal?.aborted) {
      if (o.client && Date.now() >= nextSourceCheck) {
        nextSourceCheck = Date.now() + 30 * pollMs;
        await enqueueDueSources(db);
      }
      // Reports first, but a detector pass that has waited long goes before more of them: under a
      // backlog alerts come late, never not at all.
      let jobs = await claimJobs(db, ['detect'], 1, lease, { dueFor: o.detectWaitSeconds ?? 10 });
      if (jobs.length === 0) jobs = await claimJobs(db, ['ingest-report'], o.batch ?? 50, lease);
      if (jobs.length === 0) jobs = await claimJobs(db, others, 1, lease);
      if (jobs.length === 0) {
        if (o.once && (await jobsPending(db, ['ingest-report', ...others])).claimable === 0) return;
        await sleep(pollMs, undefined, { signal: o.signal }).catch(() => undefined);
        continue;
      }
      if (summary.firstAt === null) {
        summary.firstAt = Date.now();
        cpuAtFirst = process.cpuUsage();
      }
      await runJobs(db, o, jobs, summary);
      summary.lastAt = Date.now();
      if (jobs[0]!.kind === 'ingest-report') summary.lastReportsAt = summary.lastAt;
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? 1 }, loop));
  if (cpuAtFirst) {
    const used = process.cpuUsage(cpuAtFirst);
    summary.cpuMs = Math.round((used.user + used.system) / 1000);
  }
  return summary;
}

async function runJobs(db: Db, o: WorkerOptions, claimed: Job[], summary: WorkerSummary): Promise<void> {
  const jobs: Job[] = [];
  for (const job of claimed) {
    if (job.attempts <= MAX_ATTEMPTS) jobs.push(job);
    else await giveUp(db, job, `given up after ${MAX_ATTEMPTS} attempts (the worker may have died running it)`, summary);
  }
  if (jobs.length === 0) return;
  try {
    await runStage(db, o, jobs);
    summary.jobs += jobs.length;
    if (jobs[0]!.kind === 'ingest-report') summary.reports += jobs.length;
    o.onJobs?.(jobs);
  } catch (err) {
    o.onJobs?.(jobs, err as Error);
    // One bad report must not hold back the batch: each is tried alone, and only it fails.
    if (jobs.length > 1) {
      for (const job of jobs) await runJobs(db, o, [job], summary).catch(() => undefined);
      return;
    }
    const job = jobs[0]!;
    const message = (err as Error)?.message ?? String(err);
    if (job.attempts >= MAX_ATTEMPTS) await giveUp(db, job, message, summary);
    else await failJob(db, job, message, Math.min(3600, 5 * 2 ** (job.attempts - 1)));
  }
}

async function runStage(db: Db, o: WorkerOptions, jobs: Job[]): Promise<void> {
  const kind = jobs[0]!.kind;
  if (kind === 'ingest-report') await runIngestReports(db, o.extract, jobs);
  else if (kind === 'detect') await runDetect(db, jobs[0]!);
  else if (o.client) await runFetchSource(db, o.client, jobs[0]!);
  // detect and fetch-source finish outside their work's transactions: running either twice is harmless.
  if (kind !== 'ingest-report') await completeJobs(db, jobs);
  if (kind === 'detect') await settleDetectPass(db, jobs[0]!);
}

async function giveUp(db: Db, job: Job, message: string, summary: WorkerSummary): Promise<void> {
  summary.failed++;
  await failJob(db, job, message, null);
  if (job.kind === 'ingest-report') {
    await db.query(`update reports set extraction_status = 'failed' where id = $1 and extraction_status = 'pending'`, [Number(job.payload.reportId)]);
  }
}
