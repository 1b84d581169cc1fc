/**
 * `sahelwatch worker [--concurrency N] [--once]`: claims jobs from the store's queue and runs their
 * stage (extract and resolve reports, run the detectors, read sources) until stopped. Run as many
 * as you like, on as many machines, against one PostgreSQL server. SIGINT or SIGTERM stop it after
 * the jobs in hand; a worker killed outright leaves its jobs to come back when their lease ends.
 */
import type { Command } from 'commander';
import { runWorker } from '../../jobs/worker.ts';
import { createWebClient } from '../../pipeline/ingest/sources/web-client.ts';
import { loadExtractor } from '../extractor.ts';
import { positiveInt } from '../options.ts';
import { withStore } from '../store.ts';

interface WorkerFlags {
  concurrency: string;
  once?: boolean;
  lease: string;
  batch: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run queued jobs (ingest-report, detect, fetch-source) until stopped')
    // Two loops: one extracts its batch while the other's transaction is at the server (one loop
    // left the worker's core idle a fifth of the time; measured 2026-11-27: 1,030 to 1,064 reports/s
    // against 881 to 920 with one, on the worker benchmark).
    .option('--concurrency <n>', 'jobs run at once in this process', '2')
    .option('--once', 'stop when no job is left to claim')
    .option('--lease <seconds>', 'how long a claim holds a job: a killed worker\'s jobs come back after this', '60')
    .option('--batch <n>', 'reports claimed and resolved together', '50')
    .action(async (flags: WorkerFlags) => {
      const concurrency = positiveInt('--concurrency', flags.concurrency, 64)!;
      const leaseSeconds = positiveInt('--lease', flags.lease, 86_400)!;
      const batch = positiveInt('--batch', flags.batch, 10_000)!;
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        const extract = await loadExtractor();
        const summary = await withStore((db) =>
          runWorker(db, { extract, client: createWebClient(), signal: stop.signal, concurrency, leaseSeconds, batch, ...(flags.once ? { once: true } : {}) }),
        );
        // One JSON line: what the benchmark and the crash test read.
        process.stdout.write(`${JSON.stringify({ worker: summary })}\n`);
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
}
