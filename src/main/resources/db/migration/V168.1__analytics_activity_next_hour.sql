-- Retention reads each customer's last activity before a report's range and whether the
-- customer came back in the range: with every activity row linked to the customer's next
-- activity hour (any market, language or source), that is one range scan over the
-- previous period's rows instead of two distinct-customer sets over both periods (about
-- ten times faster over a year of a million tickets; docs/reports.md). New rows arrive
-- unlinked; ActivityLinks links them (and their customer's earlier rows) within a second.
alter table analytics_customer_activity
    add column next_hour timestamptz,
    add column linked boolean not null default false;

update analytics_customer_activity a set next_hour = l.next_hour, linked = true
from (select customer_id, hour, source, market, language,
             min(hour) over (partition by customer_id order by hour
                             range between '1 microsecond' following and unbounded following) as next_hour
      from analytics_customer_activity) l
where a.customer_id = l.customer_id and a.hour = l.hour and a.source = l.source and a.market = l.market
  and a.language = l.language;

create index analytics_customer_activity_last on analytics_customer_activity (hour, next_hour)
    include (customer_id, market, language);
create index analytics_customer_activity_customer on analytics_customer_activity (customer_id, hour);
create index analytics_customer_activity_unlinked on analytics_customer_activity (customer_id) where not linked;
