-- Sources that sahelwatch reads by itself (feeds, pages, folders) on a schedule, and what it
-- remembers between passes: the validators for conditional requests, when it last fetched, when it
-- is due again, and how many passes in a row failed (for the backoff).
-- Sources that reports are handed to (ingest, the field-report inbox) are 'inbox'; datasets 'dataset'.
alter table sources
  add column kind text not null default 'inbox' check (kind in ('feed', 'page', 'folder', 'inbox', 'dataset')),
  -- Seconds between two passes when all goes well.
  add column poll_seconds integer not null default 1800 check (poll_seconds >= 60),
  add column etag text,
  add column last_modified text,
  add column last_fetched_at timestamptz,
  -- Null: due now.
  add column next_fetch_at timestamptz,
  add column failures integer not null default 0 check (failures >= 0),
  add column last_error text,
  add column enabled boolean not null default true,
  -- `source remove`: no longer read or listed, but its reports keep their provenance.
  add column removed_at timestamptz;
update sources set kind = 'dataset' where type = 'dataset';
create index sources_due on sources (next_fetch_at) where enabled and removed_at is null and kind in ('feed', 'page', 'folder');

-- Every address a report was found at: a syndicated copy adds its URL (and its source) to the
-- report it copies instead of becoming a report of its own.
create table report_urls (
  report_id bigint not null references reports (id) on delete cascade,
  url text not null,
  source_id bigint references sources (id) on delete set null,
  first_seen timestamptz not null default now(),
  primary key (report_id, url)
);
create index report_urls_url on report_urls (url);
insert into report_urls (report_id, url, source_id, first_seen)
  select id, url, source_id, fetched_at from reports where url is not null;

-- A 64-bit SimHash of the report's words (src/pipeline/ingest/simhash.ts). Two hashes at most 7
-- bits apart agree on at least one of eight 8-bit bands (pigeonhole), so one index over the bands,
-- each tagged with its position (band i holds i * 256 + value), finds every candidate.
alter table reports
  add column simhash bigint,
  add column simhash_bands integer[] generated always as (array[
    ((simhash >> 56) & 255)::integer,       256 + ((simhash >> 48) & 255)::integer,
    512 + ((simhash >> 40) & 255)::integer, 768 + ((simhash >> 32) & 255)::integer,
    1024 + ((simhash >> 24) & 255)::integer, 1280 + ((simhash >> 16) & 255)::integer,
    1536 + ((simhash >> 8) & 255)::integer, 1792 + (simhash & 255)::integer]) stored,
  -- A UUID the field-report inbox's client generates: a resubmission finds the first report.
  add column client_id uuid unique;
create index reports_simhash_bands on reports using gin (simhash_bands) where simhash is not null;

-- How far an unfinished import of a dataset file (known by the sha256 of its bytes) has got, under
-- the source it is filed under: an interrupted `import` resumes after the last batch it committed.
-- The row goes when the import finishes.
create table import_progress (
  file_hash text not null,
  dataset text not null,
  source_name text not null,
  -- Data rows read (saved or left out), the byte the next row starts at, the line the last ended on.
  rows_done bigint not null default 0,
  next_byte bigint not null default 0,
  last_line bigint not null default 0,
  updated_at timestamptz not null default now(),
  primary key (file_hash, dataset, source_name)
);
