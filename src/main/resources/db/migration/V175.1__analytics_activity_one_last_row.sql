-- A customer's rows in one hour (a ticket and an order, or two markets): all but the
-- greatest by source, market and language now link to their own hour (ActivityLinks), so
-- each customer has one last row before any moment and retention counts rows instead of
-- distinct customers. Existing rows are relinked here the same way.
update analytics_customer_activity a set next_hour = a.hour
from (select customer_id, hour, source, market, language,
             row_number() over (partition by customer_id, hour
                                order by source desc, market desc, language desc) as n
      from analytics_customer_activity
      where (customer_id, hour) in (select customer_id, hour from analytics_customer_activity
                                    group by customer_id, hour having count(*) > 1)) d
where d.n > 1 and a.customer_id = d.customer_id and a.hour = d.hour and a.source = d.source
  and a.market = d.market and a.language = d.language;
