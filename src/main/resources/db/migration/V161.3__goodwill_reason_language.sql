-- Every text says its language (issue 17): the language the asker wrote the goodwill
-- reason in, given or detected when it was asked for.
alter table goodwill_grants add column reason_language varchar(35) not null default 'und';
