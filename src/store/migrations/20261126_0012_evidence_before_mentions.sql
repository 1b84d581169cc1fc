-- A report's evidence and claims are written with the report, before resolution (under its lock)
-- has chosen the events its mentions go in and written the mentions: the mention ids are taken
-- from the sequence beforehand, and the references to them are checked when the transaction
-- commits. Deleting a mention still deletes its evidence and claims at once.
alter table evidence alter constraint evidence_mention_id_fkey deferrable initially deferred;
alter table claims alter constraint claims_mention_id_fkey deferrable initially deferred;
