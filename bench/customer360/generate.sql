-- Customer 360 benchmark data, generated inside PostgreSQL with generate_series (see
-- bench/README.md for why not through the API). Run on a freshly migrated database whose
-- markets exist (the bench jar's `setup` creates them). psql variables:
--   customers (100000), orders (1000000).
-- Ids are derived from the row numbers, so the load generator can address customers
-- without reading them back: customer n is 00000000-0000-4000-8000-<n as 12 hex digits>.
\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '64MB';
\timing on

create temporary table bench_markets as
select row_number() over (order by code) - 1 as slot, code, languages[1] as primary_language, currency, time_zone
from markets;
select count(*) as markets, count(*) > 0 as have_markets from bench_markets \gset
\if :have_markets
\else
  \echo 'No markets: run the bench setup first'
  \quit 1
\endif

-- Customers: a market each, one email each.
insert into customers (id, given_name, family_name, display_name, preferred_language, locale, time_zone,
                       market_code, organization_id, phones, created_at, updated_at, version)
select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'Given' || n, 'Family' || n, 'Given' || n || ' Family' || n,
       m.primary_language, m.primary_language, m.time_zone, m.code, null, '{}',
       now() - interval '3 years' + n * interval '15 minutes', now() - interval '1 day', 0
from generate_series(1, :customers) n
join bench_markets m on m.slot = n % :markets;

insert into customer_emails (customer_id, email, position)
select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'customer' || n || '@bench360.example', 0
from generate_series(1, :customers) n;

-- Orders: skewed over customers (power 2), so a few customers have thousands of orders and
-- most have a handful; placed over the last two years.
insert into commerce_orders (id, shop, number, external_id, source, customer_id, market, market_known, language,
                             currency, placed_at, delivered_at, status, payment_method, shipping_address,
                             billing_address, goods_amount, shipping_amount, tax_amount, duties_amount, total_amount,
                             source_updated_at, created_at, updated_at, version)
select ('00000000-0000-4000-9000-' || lpad(to_hex(o.n), 12, '0'))::uuid,
       'bench360.myshopify.com', '#' || (100000 + o.n), null, 'api',
       ('00000000-0000-4000-8000-' || lpad(to_hex(o.c), 12, '0'))::uuid,
       m.code, true, m.primary_language, m.currency,
       o.placed, case when o.n % 3 = 0 then o.placed + interval '4 days' end,
       (array['paid', 'fulfilled', 'fulfilled', 'partially_fulfilled', 'open', 'cancelled'])[1 + o.n % 6],
       'card', jsonb_build_object('country', m.code, 'city', 'City ' || o.c), null,
       40 + o.n % 200, 4.90, 0, 0, 44.90 + o.n % 200,
       null, o.placed, o.placed, 0
from (select n, 1 + floor(:customers * power(random(), 2))::int as c,
             now() - random() * interval '730 days' as placed
      from generate_series(1, :orders) n) o
join bench_markets m on m.slot = o.c % :markets;

-- One to three lines per order, with HS codes and an origin (customs estimates need them).
insert into commerce_order_items (order_id, position, sku, title, quantity, unit_price, hs_code, origin_country,
                                  weight_grams)
select ('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid, p - 1, 'SKU-' || (n % 5000) || '-' || p,
       'Item ' || (n % 5000), 1 + p % 2, 20 + (n % 80), '610910', 'PT', 300
from generate_series(1, :orders) n, generate_series(1, 1 + n % 3) p;

-- A shipment for every fifth order, three tracking events each; one in twenty of them
-- waits for duties (the panel then estimates the charges).
insert into commerce_shipments (id, order_id, customer_id, carrier, tracking_number, tracking_url, origin_country,
                                destination_country, items, status, sub_status, status_at, created_at, updated_at)
select ('00000000-0000-4000-a000-' || lpad(to_hex(o_n), 12, '0'))::uuid, o.id, o.customer_id, 'DHL',
       'JJD' || lpad(o_n::text, 12, '0'), 'https://www.dhl.com/track?n=' || o_n, 'PT', o.market, '[]',
       case when o_n % 100 = 0 then 'exception' when o_n % 2 = 0 then 'delivered' else 'in_transit' end,
       case when o_n % 100 = 0 then 'duties_payable' end,
       o.placed_at + interval '3 days', o.placed_at + interval '1 day', o.placed_at + interval '3 days'
from (select n as o_n from generate_series(5, :orders, 5) n) s
join commerce_orders o on o.id = ('00000000-0000-4000-9000-' || lpad(to_hex(s.o_n), 12, '0'))::uuid;

insert into commerce_tracking_events (id, shipment_id, status, sub_status, occurred_at, local_zone, location,
                                      description, source_event_id, source, received_at)
select gen_random_uuid(), s.id, e.status, '', s.created_at + e.k * interval '1 day', null, 'Hub ' || e.k, null,
       null, 'webhook', s.created_at + e.k * interval '1 day'
from commerce_shipments s,
     (values (0, 'info_received'), (1, 'in_transit'), (2, 'out_for_delivery')) e(k, status);

-- A return for one order in fifty, one line each.
insert into commerce_returns (id, order_id, status, requested_at, updated_at, refund_amount, refund_currency,
                              refund_method, refunded_at, version)
select ('00000000-0000-4000-b000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (array['requested', 'approved', 'received', 'rejected'])[1 + n % 4],
       now() - interval '10 days', now() - interval '9 days', null, null, null, null, 0
from generate_series(50, :orders, 50) n;

insert into commerce_return_items (return_id, position, sku, quantity, reason)
select r.id, 0, i.sku, 1, 'Too small'
from commerce_returns r
join commerce_order_items i on i.order_id = r.order_id and i.position = 0;

-- Two tickets each for one customer in ten (number from the application's sequence).
insert into tickets (id, number, subject, status, priority, channel, customer_id, market_code, language, tags,
                     created_at, updated_at, version)
select gen_random_uuid(), nextval('ticket_number_seq'), 'Where is my order? (' || t || ')',
       (array['NEW', 'OPEN', 'SOLVED'])[1 + t % 3], 'NORMAL', 'EMAIL', c.id, c.market_code,
       c.preferred_language, '{}', now() - t * interval '20 days', now() - t * interval '19 days', 0
from customers c
join generate_series(1, 2) t on true
where c.id in (select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid
               from generate_series(10, :customers, 10) n);

analyze;
select (select count(*) from customers) as customers, (select count(*) from commerce_orders) as orders,
       (select count(*) from commerce_order_items) as order_items,
       (select count(*) from commerce_shipments) as shipments,
       (select count(*) from commerce_tracking_events) as tracking_events,
       (select count(*) from commerce_returns) as returns, (select count(*) from tickets) as tickets;
