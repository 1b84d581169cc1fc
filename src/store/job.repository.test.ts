import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { claimJobs, completeJobs, enqueueDetectDays, enqueueJob, failJob, jobCounts, settleDetectPass } from './job.repository.ts';
import { TEST_DRIVERS } from './test-drivers.ts';

describe.each(TEST_DRIVERS)('the job queue on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  it('queues a key once, claims oldest first, and no job twice while its lease holds', async () => {
    expect(await enqueueJob(db, 'ingest-report', 'ingest-report:1', { reportId: 1 })).toBe(true);
    expect(await enqueueJob(db, 'ingest-report', 'ingest-report:1', { reportId: 1 })).toBe(false);
    await enqueueJob(db, 'ingest-report', 'ingest-report:2', { reportId: 2 });
    const first = await claimJobs(db, ['ingest-report'], 1, 60);
    expect(first.map((j) => [j.payload.reportId, j.attempts])).toEqual([[1, 1]]);
    const second = await claimJobs(db, ['ingest-report'], 5, 60);
    expect(second.map((j) => j.payload.reportId)).toEqual([2]);
    expect(await claimJobs(db, ['ingest-report'], 5, 60)).toEqual([]);
    await completeJobs(db, [...first, ...second]);
    expect(await jobCounts(db)).toMatchObject({ 'ingest-report:done': 2 });
  });

  it('gives a job back when its lease ran out, and only the new holder can finish it', async () => {
    await enqueueJob(db, 'detect', 'detect:a', { from: '2025-07-01', to: '2025-07-02' });
    const [held] = await claimJobs(db, ['detect'], 1, 60);
    await db.query(`update jobs set locked_until = now() - interval '1 second' where id = $1`, [held!.id]);
    const [again] = await claimJobs(db, ['detect'], 1, 60);
    expect(again).toMatchObject({ id: held!.id, attempts: 2 });
    await completeJobs(db, [held!]);
    expect((await db.query(`select status from jobs where id = $1`, [held!.id])).rows[0]).toEqual({ status: 'running' });
    await completeJobs(db, [again!]);
    expect((await db.query(`select status from jobs where id = $1`, [held!.id])).rows[0]).toEqual({ status: 'done' });
  });

  it('re-queues a finished job when asked, not one waiting or running', async () => {
    expect(await enqueueJob(db, 'fetch-source', 'fetch-source:a', {}, { rearm: 'finished' })).toBe(true);
    expect(await enqueueJob(db, 'fetch-source', 'fetch-source:a', {}, { rearm: 'finished' })).toBe(false);
    const [held] = await claimJobs(db, ['fetch-source'], 1, 60);
    expect(await enqueueJob(db, 'fetch-source', 'fetch-source:a', {}, { rearm: 'finished' })).toBe(false);
    await completeJobs(db, [held!]);
    expect(await enqueueJob(db, 'fetch-source', 'fetch-source:a', {}, { rearm: 'finished' })).toBe(true);
    await completeJobs(db, await claimJobs(db, ['fetch-source'], 1, 60));
  });

  it('merges the days of detector passes into the one waiting, and into a running one so that its holder cannot close it', async () => {
    const days = async () => (await db.query<{ payload: { days: string[] }; status: string }>(`select payload, status from jobs where key = 'detect'`)).rows;
    await enqueueDetectDays(db, ['2025-07-02', '2025-07-01']);
    await enqueueDetectDays(db, ['2025-07-01', '2025-03-01']);
    expect(await days()).toEqual([{ payload: { days: ['2025-03-01', '2025-07-01', '2025-07-02'] }, status: 'queued' }]);
    const [held] = await claimJobs(db, ['detect'], 1, 60);
    expect(held!.payload).toEqual({ days: ['2025-03-01', '2025-07-01', '2025-07-02'] });
    await enqueueDetectDays(db, ['2025-08-01']);
    // Its holder may yet fail or die: its days stay in the pass queued after it, the new ones apart.
    expect(await days()).toEqual([
      { payload: { days: ['2025-03-01', '2025-07-01', '2025-07-02', '2025-08-01'], added: ['2025-08-01'], after: expect.any(String) }, status: 'queued' },
    ]);
    await completeJobs(db, [held!]);
    const [next] = await claimJobs(db, ['detect'], 1, 60);
    expect(next!.id).toBe(held!.id);
    await completeJobs(db, [next!]);
    await enqueueDetectDays(db, ['2025-09-01']);
    expect(await days()).toEqual([{ payload: { days: ['2025-09-01'] }, status: 'queued' }]);
  });

  it('keeps a pass that more days reach while it runs from piling up days and attempts', async () => {
    const pass = async () => (await db.query<{ payload: { days: string[] }; attempts: number }>(`select payload, attempts from jobs where key = 'detect'`)).rows[0]!;
    await enqueueDetectDays(db, ['2025-10-01']);
    for (let round = 2; round <= 12; round++) {
      const [held] = await claimJobs(db, ['detect'], 1, 60);
      expect(held!.attempts).toBe(1);
      // A batch comes in while the pass runs; the pass then finishes.
      await enqueueDetectDays(db, [`2025-10-${String(round).padStart(2, '0')}`]);
      await completeJobs(db, [held!]);
      await settleDetectPass(db, held!);
      expect((await pass()).payload).toEqual({ days: [`2025-10-${String(round).padStart(2, '0')}`] });
    }
    // A holder that dies leaves every day it held to the pass after it.
    const [held] = await claimJobs(db, ['detect'], 1, 60);
    await enqueueDetectDays(db, ['2025-11-01']);
    expect((await pass()).payload.days).toEqual(['2025-10-12', '2025-11-01']);
    await completeJobs(db, await claimJobs(db, ['detect'], 1, 60));
    await settleDetectPass(db, held!);
    expect(await pass()).toMatchObject({ attempts: 1 });
  });

  it('claims a job only once it has been due for the time asked', async () => {
    await enqueueJob(db, 'fetch-source', 'fetch-source:due', {});
    expect(await claimJobs(db, ['fetch-source'], 1, 60, { dueFor: 3600 })).toEqual([]);
    await db.query(`update jobs set run_after = now() - interval '2 hours' where key = 'fetch-source:due'`);
    const claimed = await claimJobs(db, ['fetch-source'], 1, 60, { dueFor: 3600 });
    expect(claimed.map((j) => j.kind)).toEqual(['fetch-source']);
    await completeJobs(db, claimed);
  });

  it('puts a failed job back later, or gives it up', async () => {
    await enqueueJob(db, 'fetch-source', 'fetch-source:x', { source: 'x' });
    const [job] = await claimJobs(db, ['fetch-source'], 1, 60);
    await failJob(db, job!, 'refused', 3600);
    expect(await claimJobs(db, ['fetch-source'], 1, 60)).toEqual([]);
    await db.query(`update jobs set run_after = now() where id = $1`, [job!.id]);
    const [again] = await claimJobs(db, ['fetch-source'], 1, 60);
    await failJob(db, again!, 'refused again', null);
    expect((await db.query(`select status, last_error from jobs where id = $1`, [job!.id])).rows[0]).toEqual({ status: 'failed', last_error: 'refused again' });
  });
});
