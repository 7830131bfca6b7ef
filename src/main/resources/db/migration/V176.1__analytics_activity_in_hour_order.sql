-- Retention scans the previous period's activity rows (a year's: half of a two-year
-- table). Kept in the order of their hour, a block range index on the hour finds that
-- period's pages alone (about a third less time for a year over a million tickets,
-- docs/reports.md). Rows arrive in hour order; what had scattered them was linking: a
-- row's new version, written when its customer came back, landed wherever there was room,
-- because next_hour and the linked flag were indexed. Now nothing that linking changes is
-- indexed, so the new version stays on its page (a heap-only update, room kept by the fill
-- factor), and the rows waiting to be linked are listed in a small table of their own.
-- An entry per new row rather than per customer: the linker removes the entries its
-- statement sees, and a row it sees is one whose event committed, so a row added while
-- it links stays listed for the next round.
create table analytics_activity_unlinked (
    customer_id uuid not null,
    hour        timestamptz not null,
    source      varchar(8) not null,
    market      varchar(8) not null,
    language    varchar(35) not null,
    primary key (customer_id, hour, source, market, language)
);

insert into analytics_activity_unlinked (customer_id, hour, source, market, language)
select customer_id, hour, source, market, language from analytics_customer_activity where not linked;

drop index analytics_customer_activity_last;
drop index analytics_customer_activity_unlinked;
alter table analytics_customer_activity drop column linked;
alter table analytics_customer_activity set (fillfactor = 80);

-- once, for the rows kept so far (the primary key starts with the hour)
cluster analytics_customer_activity using analytics_customer_activity_pkey;
create index analytics_customer_activity_hours on analytics_customer_activity using brin (hour)
    with (pages_per_range = 32);
analyze analytics_customer_activity;
