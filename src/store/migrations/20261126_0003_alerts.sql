-- Alerts as detectors raise them: one per situation (kind + key), updated as reports arrive,
-- never repeated; a lifecycle of new → acknowledged → resolved.
alter table alerts drop constraint alerts_status_check;
update alerts set status = case status when 'open' then 'new' when 'closed' then 'resolved' else status end;
alter table alerts
  alter column status set default 'new',
  add constraint alerts_status_check check (status in ('new', 'acknowledged', 'resolved')),
  -- What makes two findings one alert, e.g. the actor and the day of a coordinated offensive.
  add column key text not null default '',
  -- Incremented each time the finding changes (a town added); delivery is once per version.
  add column version integer not null default 1,
  -- The events the alert rests on: its evidence.
  add column event_ids jsonb not null default '[]',
  add column first_day date,
  add column last_day date;
create unique index alerts_kind_key on alerts (kind, key);
