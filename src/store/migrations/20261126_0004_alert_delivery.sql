-- Delivering alerts: every change of an alert is a numbered row (the cursor of the live stream
-- and of webhooks); organisations subscribe with filters; each (subscription, alert version) is
-- delivered once, retried with backoff, and kept as a dead letter when it never got through.

create table alert_changes (
  id bigint generated always as identity primary key,
  alert_id bigint not null references alerts (id) on delete cascade,
  version integer not null,
  -- 'finding': the detector's finding changed (delivered to subscribers); 'status': someone
  -- acknowledged or resolved it (shown live, not pushed to webhooks).
  reason text not null check (reason in ('finding', 'status')),
  changed_at timestamptz not null default now(),
  unique (alert_id, version)
);

create table subscriptions (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id) on delete cascade,
  name text not null,
  -- {"bbox": [w, s, e, n]} or {"polygon": [[lon, lat], ...]}, "actors": [...], "kinds": [...],
  -- "countries": [...], "min_severity": "high": all optional, all must match (see alert.filter.ts).
  filter jsonb not null default '{}',
  webhook_url text,
  -- HMAC-SHA256 key for the webhook's signature header; shown once when the subscription is made.
  webhook_secret text,
  digest boolean not null default true,
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  unique (organisation_id, name),
  check ((webhook_url is null) = (webhook_secret is null))
);

create table deliveries (
  id bigint generated always as identity primary key,
  subscription_id bigint not null references subscriptions (id) on delete cascade,
  alert_id bigint not null references alerts (id) on delete cascade,
  alert_version integer not null,
  -- superseded: a newer version of the alert was queued for the same subscription before this
  -- one went out; only the newest state is sent.
  status text not null default 'pending' check (status in ('pending', 'delivered', 'superseded', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  -- The receiver's HTTP status on the last attempt (null when it could not be reached).
  last_status integer,
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  unique (subscription_id, alert_id, alert_version)
);
create index deliveries_due on deliveries (next_attempt_at) where status = 'pending';

-- How far the alert changes have been turned into deliveries (one row).
create table delivery_cursor (
  singleton boolean primary key default true check (singleton),
  through bigint not null default 0
);
insert into delivery_cursor default values;
