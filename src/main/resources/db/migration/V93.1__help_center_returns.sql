-- Issue 12: customers open returns from the help center, refunds in another currency.

-- Where a market's returns are sent, as printed on the parcel (the market's own script
-- and order of lines); the help center shows it after a return is opened.
alter table commerce_return_policies add column return_address text;
update commerce_return_policies set return_address = 'Meridian Returns\nRetourenstraße 12\n10115 Berlin\nDeutschland' where market = 'DE';
update commerce_return_policies set return_address = 'Meridian Retours\n8 rue des Retours\n75011 Paris\nFrance' where market = 'FR';
update commerce_return_policies set return_address = 'Meridian Returns\nUnit 4, Return Park\nLondon E1 6AN\nUnited Kingdom' where market = 'GB';
update commerce_return_policies set return_address = 'Meridian Returns\n400 Return Way\nReno, NV 89501\nUnited States' where market = 'US';
update commerce_return_policies set return_address = '〒135-0061\n東京都江東区豊洲1-2-3\nメリディアン返品センター\n日本' where market = 'JP';
update commerce_return_policies set return_address = 'Meridian Devoluções\nRua das Devoluções, 100\n01310-100 São Paulo - SP\nBrasil' where market = 'BR';
update commerce_return_policies set return_address = replace(return_address, '\n', chr(10)) where return_address is not null;

-- A refund paid in another currency than the order's: what it was worth in the order's
-- currency and the rate (with its day) it was converted at.
alter table commerce_returns add column refund_order_amount numeric(21, 6);
alter table commerce_returns add column refund_order_currency text;
alter table commerce_returns add column refund_rate numeric(30, 12);
alter table commerce_returns add column refund_rate_date date;

-- One-time links mailed to an order's customer that open the help center's return page
-- for that order: the token only as its SHA-256.
create table commerce_return_links (
    id            uuid primary key,
    order_id      uuid not null references commerce_orders (id) on delete cascade,
    token_sha256  varchar(64) not null unique,
    language      varchar(35) not null,
    expires_at    timestamptz not null,
    created_at    timestamptz not null,
    used_at       timestamptz
);
create index commerce_return_links_order_idx on commerce_return_links (order_id);

-- Every look-up of an order in the help center, for sliding-window limits per address and
-- per client (kept a day).
create table commerce_return_lookups (
    email   varchar(320) not null,
    client  varchar(64) not null,
    at      timestamptz not null
);
create index commerce_return_lookups_email_idx on commerce_return_lookups (email, at);
create index commerce_return_lookups_client_idx on commerce_return_lookups (client, at);

-- The email channel sends the link without a ticket: an outbox row may stand alone,
-- naming the order and the market whose mailbox sends it.
alter table email_outbox alter column ticket_id drop not null;
alter table email_outbox add column order_number text;
alter table email_outbox add column market varchar(8);
alter table email_outbox add column recipient_zone varchar(64);
