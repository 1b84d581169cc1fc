-- The job queue the stages run on (fetch a source, extract and resolve a report, run the
-- detectors): workers on many machines claim jobs with `for update skip locked` and hold them
-- for a lease; a worker that dies leaves its job to come back when the lease runs out.
create table jobs (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('ingest-report', 'detect', 'fetch-source')),
  -- What makes enqueueing idempotent: 'ingest-report:42' is queued once however often it is asked for.
  key text not null unique,
  payload jsonb not null default '{}',
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  -- Claims so far: a job that keeps killing its worker is given up after a few.
  attempts integer not null default 0,
  run_after timestamptz not null default now(),
  -- While running: when the lease ends. Also the claim's token: only the holder can finish it.
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

-- What a claim reads: the jobs waiting or whose lease may have run out, oldest first.
create index jobs_claimable on jobs (kind, id) where status in ('queued', 'running');
