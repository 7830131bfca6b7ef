-- Retention (issue 15): customers seen per UTC hour, from their tickets and their orders,
-- so a report compares one period's customers with the next's on the viewer's days (hours,
-- as the rollups are kept). Replaces analytics_customer_days (per UTC day, tickets only):
-- its rows come across at midnight UTC of their day.
create table analytics_customer_activity (
    customer_id uuid not null,
    hour        timestamptz not null,
    -- 'ticket' or 'order': a recomputation rebuilds the tickets' rows only
    source      varchar(8) not null,
    market      varchar(8) not null,
    language    varchar(35) not null,
    primary key (hour, customer_id, source, market, language)
);

insert into analytics_customer_activity (customer_id, hour, source, market, language)
select customer_id, day::timestamp at time zone 'UTC', 'ticket', market, language from analytics_customer_days
on conflict do nothing;

drop table analytics_customer_days;
