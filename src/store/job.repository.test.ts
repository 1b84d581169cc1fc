import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { claimJobs, completeJobs, enqueueJob, failJob, jobCounts } from './job.repository.ts';
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

  it('re-queues a finished job when asked, and a running one so that its holder cannot close it', async () => {
    expect(await enqueueJob(db, 'detect', 'detect:a', {}, { rearm: 'finished' })).toBe(true);
    const [held] = await claimJobs(db, ['detect'], 1, 60);
    expect(await enqueueJob(db, 'detect', 'detect:a', {}, { rearm: 'finished' })).toBe(false);
    expect(await enqueueJob(db, 'detect', 'detect:a', {}, { rearm: 'running' })).toBe(true);
    await completeJobs(db, [held!]);
    expect((await claimJobs(db, ['detect'], 1, 60)).map((j) => j.id)).toEqual([held!.id]);
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
