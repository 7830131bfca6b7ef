-- Proactive notifications: customers' consent (with every change kept) and the queue of
-- shipment notifications. Owned by the notifications module; customers, shipments and
-- tickets are referenced by id only.

create table notification_preferences (
    customer_id uuid primary key,
    opted_out   boolean not null,
    changed_at  timestamptz not null,
    changed_by  text not null
);

create table notification_preference_changes (
    id          bigint generated always as identity primary key,
    customer_id uuid not null,
    opted_out   boolean not null,
    changed_at  timestamptz not null,
    changed_by  text not null
);
create index notification_preference_changes_by_customer on notification_preference_changes (customer_id, changed_at);

-- One row per tracking event that called for a notification: queued until due (after the
-- customer's quiet hours and holidays), then sent, superseded by a newer change of the
-- same shipment before it was due, or skipped with a reason (opted out, no address).
create table shipment_notifications (
    id                uuid primary key,
    -- never twice for the same tracking event
    tracking_event_id uuid not null unique,
    shipment_id       uuid not null,
    order_id          uuid not null,
    order_number      text not null,
    customer_id       uuid not null,
    carrier           text not null,
    tracking_number   text not null,
    tracking_url      text,
    status            text not null,
    sub_status        text,
    occurred_at       timestamptz not null,
    state             text not null check (state in ('queued', 'sent', 'superseded', 'skipped')),
    reason            text,
    due_at            timestamptz not null,
    claimed_until     timestamptz,
    attempts          integer not null default 0,
    last_error        text,
    language          text,
    ticket_id         uuid,
    message_id        uuid,
    created_at        timestamptz not null,
    decided_at        timestamptz
);
-- at most one waiting notification per shipment: a newer change replaces it
create unique index shipment_notifications_one_queued on shipment_notifications (shipment_id) where state = 'queued';
create index shipment_notifications_due on shipment_notifications (due_at) where state = 'queued';
create index shipment_notifications_by_customer on shipment_notifications (customer_id, created_at);
