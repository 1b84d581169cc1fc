/**
 * Crash safety, on the PostgreSQL server: ~200 reports queued, `sahelwatch worker` killed with
 * SIGKILL at seeded random moments and started again until the queue drains; then every report
 * must have been processed exactly once in effect, with nothing half-written.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCorpus } from '../../bench/report-corpus.ts';
import { loadExtractor } from '../../src/cli/extractor.ts';
import { enqueueDocuments } from '../../src/jobs/enqueue-documents.ts';
import { openStore } from '../../src/store/connect.ts';
import type { Db } from '../../src/store/db.ts';
import { jobsPending } from '../../src/store/job.repository.ts';

const URL_ = process.env.DATABASE_URL;
const BIN = fileURLToPath(new URL('../../bin/sahelwatch.js', import.meta.url));
const REPORTS = 200;
const KILLS = 6;
if (!URL_) console.warn('test/crash/worker-kill.test.ts skipped: set DATABASE_URL to a PostgreSQL server to run the crash test');

describe.skipIf(!URL_)('a worker killed with SIGKILL mid-batch', () => {
  const schema = `crash_${randomBytes(5).toString('hex')}`;
  let db: Db;
  // mulberry32, seeded: the same kill times on every run (the machine's speed decides what they hit).
  let seed = 20261126;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const runWorker = (killAfterMs: number | null) =>
    new Promise<{ killed: boolean; code: number | null }>((resolve, reject) => {
      const url = new URL(URL_!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const env = { ...process.env, DATABASE_URL: url.toString() };
      const child = spawn(process.execPath, [BIN, 'worker', '--once', '--lease', '2', '--batch', '8'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      let exited = false;
      // The kill comes a random moment after the worker is seen holding jobs, so that it lands
      // mid-batch (extracting, or inside the transaction) however fast the machine is.
      if (killAfterMs !== null) {
        void (async () => {
          while (!exited && (await jobsPending(db)).leased === 0) await sleep(20);
          await sleep(killAfterMs);
          if (!exited) child.kill('SIGKILL');
        })();
      }
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        exited = true;
        if (signal === null && code !== 0) reject(new Error(`worker exited with ${code}: ${stderr}`));
        else resolve({ killed: signal === 'SIGKILL', code });
      });
    });

  beforeAll(async () => {
    db = await openStore({ databaseUrl: URL_!, schema });
    await enqueueDocuments(db, reportCorpus(REPORTS, 7));
  });
  afterAll(async () => {
    await db.exec(`drop schema if exists ${schema} cascade`);
    await db.close();
  });

  it('processes every report exactly once in effect', { timeout: 600_000 }, async () => {
    let kills = 0;
    // Killed 0 to 400 ms after it was first seen holding jobs.
    while (kills < KILLS) if ((await runWorker(Math.floor(rand() * 400))).killed) kills++;
    for (let round = 0; round < 50; round++) {
      const { claimable, leased } = await jobsPending(db);
      if (claimable + leased === 0) break;
      // A killed worker's jobs are leased for 2 s more: wait them out, then drain.
      if (claimable === 0) await sleep(500);
      else await runWorker(null);
    }

    const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0]!.n;
    expect(await count(`select count(*)::int as n from reports`)).toBe(REPORTS);
    expect(await count(`select count(*)::int as n from reports where extraction_status <> 'extracted'`)).toBe(0);
    expect(await count(`select count(*)::int as n from jobs where status <> 'done'`)).toBe(0);
    expect(await count(`select count(*)::int as n from jobs where kind = 'ingest-report'`)).toBe(REPORTS);
    // One set of mentions per report, as the extractor codes it: no report's events counted twice.
    const extract = await loadExtractor();
    const { rows } = await db.query<{ id: number; text: string; lang: 'ar' | 'fr' | 'en'; published: string; ordinals: number[] }>(
      `select r.id, r.raw_text as text, r.lang, r.published_at as published, coalesce(array_agg(m.ordinal order by m.ordinal) filter (where m.id is not null), '{}') as ordinals
       from reports r left join event_mentions m on m.report_id = r.id group by r.id`,
    );
    for (const r of rows) {
      const expected = extract({ id: String(r.id), text: r.text, lang: r.lang, published: r.published }).events.length;
      expect(r.ordinals, `report ${r.id}`).toEqual(Array.from({ length: expected }, (_, i) => i));
    }
    // Nothing half-written: every live event has its mentions, every mention its live event.
    expect(await count(`select count(*)::int as n from events e where e.retired_at is null and e.origin <> 'imported'
                        and not exists (select 1 from event_mentions m where m.event_id = e.id)`)).toBe(0);
    expect(await count(`select count(*)::int as n from event_mentions m join events e on e.id = m.event_id where e.retired_at is not null`)).toBe(0);
    expect(await count(`select count(*)::int as n from reports where extraction_status = 'extracted' and extracted_at is null`)).toBe(0);
    // The kills did land on held jobs: those were claimed again after their lease ran out.
    expect(await count(`select count(*)::int as n from jobs where kind = 'ingest-report' and attempts > 1`)).toBeGreaterThan(0);
  });
});
