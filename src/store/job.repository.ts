/**
 * The job queue, on a table of our own rather than pg-boss: pg-boss wants a node-postgres pool and
 * its own schema and maintenance loop, which PGlite (one in-process session) cannot give it, while
 * what the stages need is a few statements that run the same on both drivers. Claims take rows
 * with `for update skip locked` (workers never wait on each other) and a lease: a worker killed
 * mid-job leaves the job 'running', and it is claimable again once `locked_until` has passed.
 */
import type { Queryable } from './db.ts';

export const JOB_KINDS = ['ingest-report', 'detect', 'fetch-source'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface Job {
  id: number;
  kind: JobKind;
  payload: Record<string, unknown>;
  /** Claims so far, this one included. */
  attempts: number;
  /** The lease's end as the database wrote it: the token that finishes this claim. */
  lease: string;
}

export interface EnqueueOptions {
  /** Queue a job with this key again when it has run (done or failed). Default: never. */
  rearm?: 'finished';
  runAfter?: Date;
}

/**
 * Queues a job unless one with the same key is waiting; returns whether it queued one.
 *
 * @example await enqueueJob(tx, 'ingest-report', `ingest-report:${id}`, { reportId: id });
 */
export async function enqueueJob(db: Queryable, kind: JobKind, key: string, payload: object, opts: EnqueueOptions = {}): Promise<boolean> {
  const { rows } = await db.query(
    `insert into jobs (kind, key, payload, run_after) values ($1, $2, $3::jsonb, coalesce($4::timestamptz, now()))
     on conflict (key) do update set status = 'queued', payload = excluded.payload, attempts = 0, run_after = excluded.run_after,
       locked_until = null, last_error = null, finished_at = null
     where jobs.status = any($5::text[])
     returning id`,
    [kind, key, JSON.stringify(payload), opts.runAfter?.toISOString() ?? null, opts.rearm === 'finished' ? ['done', 'failed'] : []],
  );
  return rows.length > 0;
}

/**
 * Adds days (YYYY-MM-DD) to the one detector pass the queue holds (key `detect`): ingest batches
 * that come in while a pass waits are merged into it, so a burst of batches costs one pass, not
 * one each. A waiting pass keeps its due time (and its attempts, and any backoff), so a worker
 * can tell how long alerts have been waiting (claimJobs' `dueFor`).
 *
 * A pass that is running is queued again with its own days and these, so that if its holder fails
 * or dies its days are not lost (its lease token no longer matches: it cannot close the job). The
 * days that came in after its claim are kept apart (`added`, with the holder's lease as `after`):
 * when the holder finishes, the pass queued after it shrinks to them (settleDetectPass). Being
 * queued again because more came in is no failed attempt: attempts start again from 0.
 *
 * @example await enqueueDetectDays(tx, ['2025-07-01', '2025-07-02']);
 */
export async function enqueueDetectDays(db: Queryable, days: readonly string[]): Promise<void> {
  if (days.length === 0) return;
  await db.query(
    `insert into jobs (kind, key, payload) values ('detect', 'detect', jsonb_build_object('days', sorted_union($1::jsonb, null)))
     on conflict (key) do update set
       payload = case jobs.status
         when 'running' then jsonb_build_object(
           'days', sorted_union(jobs.payload->'days', excluded.payload->'days'),
           'added', excluded.payload->'days', 'after', jobs.locked_until)
         when 'queued' then jobs.payload || jsonb_build_object('days', sorted_union(jobs.payload->'days', excluded.payload->'days'))
           || case when jobs.payload ? 'added' then jsonb_build_object('added', sorted_union(jobs.payload->'added', excluded.payload->'days')) else '{}' end
         else excluded.payload end,
       status = 'queued', attempts = case when jobs.status = 'queued' then jobs.attempts else 0 end,
       run_after = case when jobs.status = 'queued' then jobs.run_after else now() end,
       locked_until = null, last_error = null, finished_at = null`,
    [JSON.stringify(days)],
  );
}

/**
 * After a detector pass ran to the end: if the pass was queued again while it ran
 * (enqueueDetectDays), only the days that came in since its claim are left to that next pass.
 */
export async function settleDetectPass(db: Queryable, pass: Job): Promise<void> {
  await db.query(
    `update jobs set payload = jsonb_build_object('days', payload->'added')
     where key = 'detect' and status = 'queued' and (payload->>'after')::timestamptz = $1::timestamptz`,
    [pass.lease],
  );
}

/**
 * Claims up to `limit` jobs of these kinds that are due (for at least `dueFor` seconds: default 0),
 * or whose holder's lease ran out.
 */
export async function claimJobs(db: Queryable, kinds: readonly JobKind[], limit: number, leaseSeconds: number, { dueFor = 0 } = {}): Promise<Job[]> {
  const { rows } = await db.query<Omit<Job, 'lease'> & { lease: string }>(
    `update jobs j set status = 'running', attempts = attempts + 1, locked_until = now() + make_interval(secs => $3)
     from (select id from jobs
           where kind = any($1::text[])
             and ((status = 'queued' and run_after <= now() - make_interval(secs => $4)) or (status = 'running' and locked_until < now()))
           order by id limit $2
           for update skip locked) c
     where j.id = c.id
     returning j.id, j.kind, j.payload, j.attempts, j.locked_until::text as lease`,
    [kinds, limit, leaseSeconds, dueFor],
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** Marks claimed jobs done; a job whose lease ran out and was claimed again is left to its new holder. */
export async function completeJobs(db: Queryable, jobs: readonly Job[]): Promise<void> {
  if (jobs.length === 0) return;
  await db.query(
    `update jobs j set status = 'done', locked_until = null, finished_at = now(), last_error = null
     from jsonb_to_recordset($1::jsonb) as x(id bigint, lease text)
     where j.id = x.id and j.status = 'running' and j.locked_until = x.lease::timestamptz`,
    [JSON.stringify(jobs.map((j) => ({ id: j.id, lease: j.lease })))],
  );
}

/** Puts a job that failed back in the queue after `retrySeconds`, or gives it up (status 'failed'). */
export async function failJob(db: Queryable, job: Job, error: string, retrySeconds: number | null): Promise<void> {
  await db.query(
    `update jobs set status = case when $3::double precision is null then 'failed' else 'queued' end,
       run_after = now() + make_interval(secs => coalesce($3, 0)), locked_until = null, last_error = $4,
       finished_at = case when $3::double precision is null then now() end
     where id = $1 and status = 'running' and locked_until = $2::timestamptz`,
    [job.id, job.lease, retrySeconds, error],
  );
}

/** Jobs by status (and kind): what `worker` and the tests look at. */
export async function jobCounts(db: Queryable): Promise<Record<string, number>> {
  const { rows } = await db.query<{ kind: string; status: string; n: number }>('select kind, status, count(*)::int as n from jobs group by kind, status');
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.status}`, r.n]));
}

/** Jobs of these kinds waiting or running (a worker started with --once stops when none is claimable). */
export async function jobsPending(db: Queryable, kinds: readonly JobKind[] = JOB_KINDS): Promise<{ claimable: number; leased: number }> {
  const { rows } = await db.query<{ claimable: number; leased: number }>(
    `select count(*) filter (where (status = 'queued' and run_after <= now()) or (status = 'running' and locked_until < now()))::int as claimable,
            count(*) filter (where status = 'running' and locked_until >= now())::int as leased
     from jobs where status in ('queued', 'running') and kind = any($1::text[])`,
    [kinds],
  );
  return rows[0]!;
}
