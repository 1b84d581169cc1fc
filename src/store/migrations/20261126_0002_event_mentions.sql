-- One event, many reports. What the extractor codes from one report is kept as a mention, never
-- changed by resolution; an event is the group of mentions the resolver (or an analyst) judged to
-- be one real-world event, and its coded columns are recomputed from them by named rules.
-- Evidence and claims belong to mentions, so merging and splitting events moves no evidence.

create table event_mentions (
  id bigint generated always as identity primary key,
  report_id bigint not null references reports (id) on delete cascade,
  -- The n-th event the extractor coded from the report: with the report's content hash, a key
  -- that does not depend on the order reports arrived in.
  ordinal smallint not null check (ordinal >= 0),
  event_id bigint not null references events (id),
  -- The columns blocking needs, copied out of `coded` so they can be indexed.
  event_date date not null,
  time_precision smallint not null,
  country text not null,
  admin1 text,
  latitude double precision,
  longitude double precision,
  geo_precision smallint not null,
  -- A grid of quarter degrees (about 27 km): a place's neighbours within 25 km are in its cell
  -- or the eight around it.
  cell integer generated always as (floor(latitude * 4)::integer * 10000 + floor(longitude * 4)::integer) stored,
  -- Known only to its district or region, or not placed at all: compared by region.
  coarse boolean generated always as (geo_precision > 1 or latitude is null) stored,
  -- Every ACLED column as coded from this report alone.
  coded jsonb not null,
  unique (report_id, ordinal)
);
create index event_mentions_event_id on event_mentions (event_id);
-- Blocking (mention.repository.ts, mentionsNear) reads through these four.
create index event_mentions_cell on event_mentions (cell, event_date);
create index event_mentions_region on event_mentions (country, admin1, event_date);
create index event_mentions_coarse on event_mentions (country, admin1, event_date) where coarse;
-- Mentions dated only to the week or month reach further.
create index event_mentions_imprecise on event_mentions (country, event_date) where time_precision > 1;

alter table events
  -- Retired events (merged into another, or left without mentions) keep their id and history.
  add column merged_into bigint references events (id),
  add column retired_at timestamptz,
  -- 0..1, from how many independent sources report the event and how reliable they are.
  add column confidence real,
  -- Per coded field: the rule that chose its value and the mentions it came from.
  add column field_sources jsonb not null default '{}',
  -- Fields an analyst set by hand: recomputation leaves them alone.
  add column edited jsonb not null default '{}',
  -- Set when an analyst merged, split or reviewed the event: the resolver then never takes its
  -- mentions away nor merges it with another pinned event.
  add column pinned boolean not null default false,
  add column version integer not null default 1;
create index events_live on events (event_date desc, id) where retired_at is null;
-- Lists read live events through events_live; actor filters match substrings, which a btree on
-- lower(actor) cannot serve. Fewer indexes, faster resolution.
drop index events_event_date;
drop index events_actor1;
drop index events_actor2;

-- Existing extracted events become one mention per report they came from.
insert into event_mentions (report_id, ordinal, event_id, event_date, time_precision, country, admin1, latitude, longitude, geo_precision, coded)
select er.report_id,
       (row_number() over (partition by er.report_id order by e.id) - 1)::smallint,
       e.id, e.event_date, e.time_precision, e.country, e.admin1, e.latitude, e.longitude, e.geo_precision,
       jsonb_build_object(
         'event_date', e.event_date, 'time_precision', e.time_precision, 'event_type', e.event_type,
         'sub_event_type', e.sub_event_type, 'actor1', e.actor1, 'assoc_actor_1', e.assoc_actor_1,
         'inter1', e.inter1, 'actor2', e.actor2, 'assoc_actor_2', e.assoc_actor_2, 'inter2', e.inter2,
         'interaction', e.interaction, 'country', e.country, 'admin1', e.admin1, 'admin2', e.admin2,
         'admin3', e.admin3, 'location', e.location, 'latitude', e.latitude, 'longitude', e.longitude,
         'geo_precision', e.geo_precision, 'fatalities', e.fatalities)
from event_reports er
join events e on e.id = er.event_id
where e.origin = 'extracted';

alter table evidence add column mention_id bigint references event_mentions (id) on delete cascade;
update evidence x set mention_id = m.id
from event_mentions m where m.event_id = x.event_id and m.report_id = x.report_id;
delete from evidence where mention_id is null;
alter table evidence alter column mention_id set not null, drop column event_id;
create index evidence_mention_id on evidence (mention_id);

alter table claims add column mention_id bigint references event_mentions (id) on delete cascade;
update claims x set mention_id = m.id
from event_mentions m where m.event_id = x.event_id and m.report_id = x.report_id;
delete from claims where mention_id is null;
alter table claims alter column mention_id set not null, drop column event_id;
create index claims_mention_id on claims (mention_id);

drop table event_reports;
create view event_reports as select distinct event_id, report_id from event_mentions;

-- Every change to an event, by the resolver or a person, as a numbered record: the event's
-- history, and (ordered by id) the change feed downstream copies follow.
create table event_history (
  id bigint generated always as identity primary key,
  event_id bigint not null references events (id),
  version integer not null,
  action text not null check (action in ('create', 'update', 'merge', 'split', 'retire', 'confirm', 'reject', 'edit')),
  -- 'resolver' or the person who acted.
  actor text not null,
  reason text,
  at timestamptz not null default now(),
  -- The event's columns before and after the change (null before a creation).
  before jsonb,
  after jsonb not null,
  unique (event_id, version)
);
create index event_history_event_id on event_history (event_id, version);
