-- Every committed write to what the lists of events are read from notifies the channel
-- sahelwatch_data with the schema's name (store/data-watch.ts): a process that caches answers
-- (server/read-cache.ts) knows its copies are stale. PostgreSQL delivers a notification only when
-- the writing transaction commits, and one per transaction whatever the number of statements.
create function notify_data_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('sahelwatch_data', current_schema());
  return null;
end $$;

create trigger events_notify after insert or update or delete or truncate on events
  for each statement execute function notify_data_changed();
create trigger event_mentions_notify after insert or update or delete or truncate on event_mentions
  for each statement execute function notify_data_changed();
create trigger reports_notify after insert or update or delete or truncate on reports
  for each statement execute function notify_data_changed();
create trigger sources_notify after insert or update or delete or truncate on sources
  for each statement execute function notify_data_changed();
