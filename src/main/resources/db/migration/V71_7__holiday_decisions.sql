-- Issue 10, item 9: admins confirm or move holidays whose date the data only estimates
-- (Islamic holidays before the moon is sighted, lists not yet published). One decision per
-- holiday, identified by the region as calendars name it ('AE', 'DE-BY') and the date the
-- holiday data lists; a country's decision also applies to its subdivisions.
create table holiday_decisions (
    region        varchar(24) not null,
    listed_date   date not null,
    decided_date  date not null,           -- equal to listed_date when confirmed
    decided_at    timestamptz not null,
    decided_by    varchar(320),
    primary key (region, listed_date)
);
