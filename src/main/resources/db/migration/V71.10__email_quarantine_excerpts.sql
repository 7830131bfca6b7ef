-- A mail over the size limit is held as an excerpt (its headers and the start of its body),
-- not whole: the size it had, and that only an excerpt was kept (it cannot be re-imported).
alter table email_quarantine
    add column size_bytes bigint,
    add column excerpt_only boolean not null default false;
