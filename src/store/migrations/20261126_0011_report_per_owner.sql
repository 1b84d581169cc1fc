-- The same text saved by two organisations is two reports, one each: a text is looked up only
-- among its owner's reports, so saving it neither tells an organisation that another holds it nor
-- leaves the second one without its own copy (owned by it, shared as it chose).
alter table reports drop constraint reports_content_hash_key;
create unique index reports_owner_content_hash on reports (owner_org, content_hash);
