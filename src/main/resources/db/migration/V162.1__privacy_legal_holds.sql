-- Privacy (issue 16): legal holds per market, which order fields an erasure keeps and
-- for how many years; the erasure's report of what it kept under them.
create table privacy_legal_holds (
    market        varchar(2) primary key check (market ~ '^[A-Z]{2}$'),
    years         integer not null check (years between 0 and 30),
    order_fields  text[] not null,
    updated_at    timestamptz not null,
    updated_by    varchar(200) not null
);

alter table privacy_erasures add column held jsonb not null default '[]';
