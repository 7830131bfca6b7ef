-- Commerce: orders with their line items, Shopify webhook deliveries, return policies per
-- market, returns (RMA) and their refunds. Owned by the commerce module. Amounts are
-- numeric with the order's ISO 4217 currency beside them; never floating point.

create table commerce_orders (
    id                uuid primary key,
    shop              text not null,
    number            text not null,
    external_id       text,
    source            text not null check (source in ('api', 'shopify')),
    -- customers are referenced by id only (one writer per table); no foreign key, so
    -- that deleting a customer stays the customers module's decision
    customer_id       uuid not null,
    market            text not null check (market ~ '^[A-Z]{2}$'),
    market_known      boolean not null,
    language          text not null,
    currency          text not null check (currency ~ '^[A-Z]{3}$'),
    placed_at         timestamptz not null,
    delivered_at      timestamptz,
    status            text not null check (status in
                          ('open', 'paid', 'fulfilled', 'partially_fulfilled', 'cancelled', 'refunded')),
    payment_method    text,
    shipping_address  jsonb not null,
    billing_address   jsonb,
    goods_amount      numeric(21, 6) not null,
    shipping_amount   numeric(21, 6) not null,
    tax_amount        numeric(21, 6) not null,
    duties_amount     numeric(21, 6) not null,
    total_amount      numeric(21, 6) not null,
    source_updated_at timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint not null default 0,
    constraint commerce_orders_number_per_shop unique (shop, number)
);

-- A customer's orders, most recent first (keyset pagination).
create index commerce_orders_by_customer on commerce_orders (customer_id, placed_at desc, id desc);

create table commerce_order_items (
    order_id       uuid not null references commerce_orders (id) on delete cascade,
    position       integer not null,
    sku            text not null,
    title          text not null,
    quantity       integer not null check (quantity > 0),
    unit_price     numeric(21, 6) not null,
    hs_code        text check (hs_code ~ '^[0-9]{2,10}$'),
    origin_country text check (origin_country ~ '^[A-Z]{2}$'),
    weight_grams   integer check (weight_grams >= 0),
    primary key (order_id, position)
);

-- One row per webhook delivery id: the primary key makes a replay (or two deliveries
-- racing) store nothing the second time.
create table commerce_webhook_deliveries (
    provider    text not null,
    webhook_id  text not null,
    shop        text not null,
    topic       text not null,
    order_id    uuid,
    received_at timestamptz not null,
    primary key (provider, webhook_id)
);

-- The return policy per market ('*' is the default for markets without one of their own).
create table commerce_return_policies (
    market                 text primary key check (market = '*' or market ~ '^[A-Z]{2}$'),
    window_days            integer not null check (window_days >= 0),
    return_shipping_paid_by text not null check (return_shipping_paid_by in ('customer', 'merchant')),
    restocking_fee_percent numeric(5, 2) not null check (restocking_fee_percent >= 0 and restocking_fee_percent <= 100),
    exchange_allowed       boolean not null,
    refund_methods         text[] not null,
    updated_at             timestamptz not null
);

insert into commerce_return_policies values
    ('*',  30, 'customer', 0,  true,  '{original_payment,store_credit}', now()),
    ('DE', 30, 'merchant', 0,  true,  '{original_payment,store_credit,bank_transfer}', now()),
    ('FR', 14, 'merchant', 0,  true,  '{original_payment,store_credit}', now()),
    ('GB', 28, 'customer', 0,  true,  '{original_payment,store_credit}', now()),
    ('US', 30, 'customer', 10, true,  '{original_payment,store_credit}', now()),
    ('JP', 14, 'customer', 0,  false, '{original_payment,bank_transfer}', now()),
    ('BR', 7,  'merchant', 0,  true,  '{original_payment,bank_transfer}', now());

create table commerce_returns (
    id              uuid primary key,
    order_id        uuid not null references commerce_orders (id) on delete cascade,
    status          text not null check (status in
                        ('requested', 'approved', 'in_transit', 'received', 'refunded', 'rejected')),
    requested_at    timestamptz not null,
    updated_at      timestamptz not null,
    refund_amount   numeric(21, 6),
    refund_currency text,
    refund_method   text check (refund_method in ('original_payment', 'store_credit', 'bank_transfer')),
    refunded_at     timestamptz,
    version         bigint not null default 0
);

create index commerce_returns_by_order on commerce_returns (order_id);

create table commerce_return_items (
    return_id uuid not null references commerce_returns (id) on delete cascade,
    position  integer not null,
    sku       text not null,
    quantity  integer not null check (quantity > 0),
    reason    text,
    primary key (return_id, position)
);
