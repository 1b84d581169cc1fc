-- Resolution writes a history row for every event it changes: the unique (event_id, version)
-- constraint already keeps an index on exactly those columns, so a second one only slows writes.
drop index event_history_event_id;

-- A report is updated once after it is stored (marked extracted), and an event again each time
-- another report of it arrives. Room left on each page lets such an update stay on its page
-- (a HOT update) instead of adding an entry to every index; it applies to pages written from now on.
alter table reports set (fillfactor = 90);
alter table events set (fillfactor = 80);
