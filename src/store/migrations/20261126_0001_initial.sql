-- The domain model: where reports come from, the reports verbatim, the events coded from them
-- (or imported from datasets) with the evidence and claims behind each field, the registries the
-- pipeline resolves names against, alerts, users, and a hash-chained audit log.

create table sources (
  id bigint generated always as identity primary key,
  name text not null unique,
  type text not null check (type in (
    'state media', 'independent media', 'international wire', 'armed-group statement',
    'NGO-UN', 'social media', 'field report', 'dataset')),
  -- Admiralty-code source reliability: A (reliable) to F (cannot be judged); null until assessed.
  reliability text check (reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
  url text,
  lang text,
  created_at timestamptz not null default now()
);

create table reports (
  id bigint generated always as identity primary key,
  source_id bigint not null references sources (id),
  raw_text text not null,
  -- sha256 (hex) of raw_text as UTF-8: the same text is stored once.
  content_hash text not null unique,
  url text,
  title text,
  lang text not null,
  published_at date,
  fetched_at timestamptz not null default now(),
  extraction_status text not null default 'pending'
    check (extraction_status in ('pending', 'extracted', 'failed')),
  extraction_warnings jsonb not null default '[]',
  extracted_at timestamptz
);
create index reports_source_id on reports (source_id);
create index reports_published_at on reports (published_at);

create table events (
  id bigint generated always as identity primary key,
  origin text not null check (origin in ('extracted', 'imported')),
  -- For imported rows: the dataset they came from and its own id (ACLED event_id_cnty, UCDP id).
  source_id bigint references sources (id),
  external_id text,
  status text not null default 'unverified' check (status in ('unverified', 'verified', 'rejected')),
  event_date date not null,
  time_precision smallint not null check (time_precision between 1 and 3),
  event_type text not null,
  sub_event_type text not null,
  actor1 text not null,
  assoc_actor_1 text,
  inter1 smallint not null,
  actor2 text,
  assoc_actor_2 text,
  inter2 smallint,
  interaction smallint not null,
  country text not null,
  admin1 text,
  admin2 text,
  admin3 text,
  location text not null,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  geo_precision smallint not null check (geo_precision between 1 and 3),
  fatalities integer not null default 0 check (fatalities >= 0),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((origin = 'imported') = (external_id is not null and source_id is not null)),
  unique (source_id, external_id)
);
create index events_event_date on events (event_date desc, id);
create index events_country_admin1 on events (country, admin1);
create index events_actor1 on events (lower(actor1));
create index events_actor2 on events (lower(actor2));
create index events_type on events (event_type, sub_event_type);
create index events_lon_lat on events (longitude, latitude);

create table event_reports (
  event_id bigint not null references events (id) on delete cascade,
  report_id bigint not null references reports (id) on delete cascade,
  primary key (event_id, report_id)
);
create index event_reports_report_id on event_reports (report_id);

-- Offsets are UTF-16 code units into reports.raw_text, end exclusive (see pipeline/types.ts).
create table evidence (
  id bigint generated always as identity primary key,
  event_id bigint not null references events (id) on delete cascade,
  report_id bigint not null references reports (id) on delete cascade,
  field text not null,
  start_offset integer not null check (start_offset >= 0),
  end_offset integer not null check (end_offset >= start_offset),
  quoted_text text not null
);
create index evidence_event_id on evidence (event_id);

create table claims (
  id bigint generated always as identity primary key,
  event_id bigint not null references events (id) on delete cascade,
  report_id bigint not null references reports (id) on delete cascade,
  kind text not null,
  value integer not null,
  qualifier text not null check (qualifier in ('exact', 'at least', 'approximate')),
  claimed_by text not null,
  quoted_text text not null,
  start_offset integer not null check (start_offset >= 0),
  end_offset integer not null check (end_offset >= start_offset)
);
create index claims_event_id on claims (event_id);

create table actors (
  id bigint generated always as identity primary key,
  name text not null unique,
  inter smallint not null,
  -- {"ar": ["..."], "fr": ["..."], "en": ["..."]}
  aliases jsonb not null default '{}',
  updated_at timestamptz not null default now()
);

create table places (
  id bigint generated always as identity primary key,
  geonameid bigint unique,
  name text not null,
  country text not null,
  admin1 text,
  admin2 text,
  latitude double precision not null,
  longitude double precision not null,
  feature_code text,
  -- {"ar": ["..."], "fr": ["..."]}: names the gazetteer build gathered.
  alt_names jsonb not null default '{}',
  updated_at timestamptz not null default now()
);
-- Places GeoNames lacks (Boulkessi) are keyed by name within their country and region.
create unique index places_local_key on places (country, name, coalesce(admin1, '')) where geonameid is null;
create index places_lon_lat on places (longitude, latitude);

create table alerts (
  id bigint generated always as identity primary key,
  kind text not null,
  title text not null,
  severity text not null check (severity in ('info', 'low', 'medium', 'high', 'critical')),
  status text not null default 'open' check (status in ('open', 'acknowledged', 'closed')),
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index alerts_status_created on alerts (status, created_at desc);

create table organisations (
  id bigint generated always as identity primary key,
  name text not null unique,
  created_at timestamptz not null default now()
);

create table users (
  id bigint generated always as identity primary key,
  organisation_id bigint references organisations (id),
  email text not null,
  role text not null default 'viewer' check (role in ('viewer', 'analyst', 'admin')),
  -- Null for users who sign in another way (or not yet invited).
  password_hash text,
  created_at timestamptz not null default now()
);
create unique index users_email on users (lower(email));

-- Append-only: hash = sha256(prev_hash || canonical JSON of the row); see audit.repository.ts.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  subject text not null,
  detail jsonb not null default '{}',
  prev_hash text not null,
  hash text not null unique
);
