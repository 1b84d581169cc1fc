-- The map and timeline of a type of event in a box (GET /api/map): with the type and the box as
-- the key and what the summary reads as included columns, a million events are counted from the
-- index alone (once the table is vacuumed), not from a scan of the table (about 300 ms on the
-- server). The filter names the event type in a form the planner can use (event.repository.ts).
create index events_type_place on events (event_type, longitude, latitude)
  include (event_date, id, sharing, owner_org, partnership_id) where retired_at is null;
