-- Commerce: shipments of orders and their tracking events. Owned by the commerce module.
-- Events are kept as instants, with the zone or offset of the place they happened when
-- the carrier told it; the shipment's status is the newest event by occurred_at.

create table commerce_shipments (
    id                  uuid primary key,
    order_id            uuid not null references commerce_orders (id) on delete cascade,
    -- the order's customer, copied so events can name them without a join
    customer_id         uuid not null,
    carrier             text not null,
    tracking_number     text not null,
    tracking_url        text,
    origin_country      text check (origin_country ~ '^[A-Z]{2}$'),
    destination_country text not null check (destination_country ~ '^[A-Z]{2}$'),
    items               jsonb not null default '[]',
    status              text not null,
    sub_status          text,
    status_at           timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    -- the webhook finds a shipment by its carrier's tracking number
    constraint commerce_shipments_tracking_number unique (carrier, tracking_number)
);
create index commerce_shipments_by_order on commerce_shipments (order_id, created_at);
create index commerce_shipments_by_tracking_number on commerce_shipments (tracking_number);

create table commerce_tracking_events (
    id              uuid primary key,
    shipment_id     uuid not null references commerce_shipments (id) on delete cascade,
    status          text not null,
    -- '' when the carrier gave none, so the de-duplicating key below needs no coalesce
    sub_status      text not null default '',
    occurred_at     timestamptz not null,
    -- an IANA zone id or an offset (+09:00), when known
    local_zone      text,
    location        text,
    description     text,
    -- the aggregator's id of the event, for replays
    source_event_id text,
    source          text not null check (source in ('api', 'webhook')),
    received_at     timestamptz not null,
    -- arrival order, to break ties between events of the same moment
    seq             bigint generated always as identity,
    -- a replayed or repeated event (same status, sub-status and moment) is stored once
    constraint commerce_tracking_events_once unique (shipment_id, status, sub_status, occurred_at)
);
create unique index commerce_tracking_events_source_once
    on commerce_tracking_events (shipment_id, source_event_id) where source_event_id is not null;
create index commerce_tracking_events_newest on commerce_tracking_events (shipment_id, occurred_at desc, seq desc);
