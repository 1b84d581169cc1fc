-- Access: who may see and change what. Users sign in with a password (argon2id) into a session,
-- programs with an API token; both act for one organisation with one role. Every report (and
-- every imported event, every alert subscription) belongs to an organisation and is shared
-- privately, with a named partnership of organisations, or with everyone. What existed before is
-- owned by the built-in organisation "local" and public, so nothing already served is hidden.

insert into organisations (name) values ('local') on conflict (name) do nothing;

-- Used as the default owner: rows written without one (the CLI's ingest) belong to "local".
create function local_organisation() returns bigint
  language sql stable as $$ select id from organisations where name = 'local' $$;

alter table users drop constraint users_role_check;
alter table users
  add constraint users_role_check check (role in ('viewer', 'analyst', 'editor', 'admin')),
  -- Consecutive failed sign-ins, reset by a success; past the limit, sign-in waits until locked_until.
  add column failed_signins integer not null default 0,
  add column locked_until timestamptz,
  add column last_signin_at timestamptz;

create table sessions (
  -- sha256 (hex) of the cookie's random value: a stolen table does not open sessions.
  id_hash text primary key,
  user_id bigint not null references users (id) on delete cascade,
  -- Sent back with every unsafe request (X-CSRF-Token); random, not secret from the page itself.
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id) on delete cascade,
  name text not null,
  role text not null check (role in ('viewer', 'analyst', 'editor', 'admin')),
  -- sha256 (hex) of the token: tokens are 256 random bits, so a fast hash is enough.
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);

-- A named group of organisations that pool what they share with "partners".
create table partnerships (
  id bigint generated always as identity primary key,
  name text not null unique,
  created_at timestamptz not null default now()
);
create table partnership_members (
  partnership_id bigint not null references partnerships (id) on delete cascade,
  organisation_id bigint not null references organisations (id) on delete cascade,
  primary key (partnership_id, organisation_id)
);
create index partnership_members_org on partnership_members (organisation_id);

alter table reports
  add column owner_org bigint not null default local_organisation() references organisations (id),
  add column sharing text not null default 'public' check (sharing in ('private', 'partners', 'public')),
  add column partnership_id bigint references partnerships (id),
  add constraint reports_sharing_partners check ((sharing = 'partners') = (partnership_id is not null));
-- Visibility reads the few reports that are not public (see visibility.ts): keep them at hand.
create index reports_restricted on reports (id, owner_org, partnership_id) where sharing <> 'public';

-- Extracted events take their visibility from their reports; imported rows (ACLED, UCDP) carry their own.
alter table events
  add column owner_org bigint not null default local_organisation() references organisations (id),
  add column sharing text not null default 'public' check (sharing in ('private', 'partners', 'public')),
  add column partnership_id bigint references partnerships (id),
  add constraint events_sharing_partners check ((sharing = 'partners') = (partnership_id is not null));

-- The audit log's newest record, kept apart from the log: deleting the last rows of the log
-- leaves this pointing past its end, which verification reports (see audit.repository.ts).
create table audit_head (
  singleton boolean primary key default true check (singleton),
  last_id bigint not null,
  hash text not null
);
insert into audit_head (last_id, hash) select id, hash from audit_log order by id desc limit 1;
