-- Issue 11, item 1: a ticket's service-level clocks and its reply promise move off the
-- ticket's row into a table the sla module owns and writes alone. The ticket's row is
-- then written when the ticket is created and when it really changes, never by the SLA
-- listeners, and the periodic check claims clock rows without locking tickets.
create table sla_clocks (
    ticket_id             uuid primary key references tickets (id) on delete cascade,
    first_reply_due_at    timestamptz,
    next_reply_due_at     timestamptz,
    resolution_due_at     timestamptz,
    policy                varchar(200),
    calendar              varchar(64),
    never_open            boolean not null default false,
    warning_lead_minutes  integer not null default 0,
    paused_at             timestamptz,
    paused_minutes        bigint not null default 0,
    breaches              varchar(32)[] not null default '{}',
    warnings              varchar(32)[] not null default '{}',
    -- When the customer was told to expect a first reply (null: nothing could honestly
    -- be promised, or not worked out yet).
    promised_reply_at     timestamptz,
    -- What the inbox's "due first" order reads: the earliest running due time, or the
    -- far future (TicketSort.NO_DUE_TIME) for a ticket with none, so one index serves
    -- keyset paging over both.
    due_order             timestamptz not null generated always as (
                              coalesce(least(first_reply_due_at, next_reply_due_at, resolution_due_at),
                                       timestamptz '9999-12-31 00:00:00+00')) stored,
    updated_at            timestamptz not null
);

insert into sla_clocks (ticket_id, first_reply_due_at, next_reply_due_at, resolution_due_at, policy, calendar,
                        never_open, warning_lead_minutes, paused_at, paused_minutes, breaches, warnings,
                        promised_reply_at, updated_at)
-- A resolved ticket's clocks have stopped (its listener cleared them; this makes sure).
select id,
       case when status in ('SOLVED', 'CLOSED') then null else first_reply_due_at end,
       case when status in ('SOLVED', 'CLOSED') then null else next_reply_due_at end,
       case when status in ('SOLVED', 'CLOSED') then null else resolution_due_at end,
       sla_policy, sla_calendar,
       sla_never_open, sla_warning_lead_minutes, sla_paused_at, sla_paused_minutes, sla_breaches, sla_warnings,
       promised_reply_at, updated_at
from tickets;

-- The inbox's "due first" order with keyset paging.
create index sla_clocks_due_order_idx on sla_clocks (due_order, ticket_id);

-- The periodic check looks for running clocks whose earliest due time is near; most
-- tickets have none, so the index holds only the ones that do.
create index sla_clocks_running_idx on sla_clocks (due_order)
    where paused_at is null and due_order < timestamptz '9999-12-31 00:00:00+00';

drop index tickets_sla_due_idx;

alter table tickets
    drop column first_reply_due_at,
    drop column next_reply_due_at,
    drop column resolution_due_at,
    drop column sla_policy,
    drop column sla_calendar,
    drop column sla_never_open,
    drop column sla_warning_lead_minutes,
    drop column sla_paused_at,
    drop column sla_paused_minutes,
    drop column sla_breaches,
    drop column sla_warnings,
    drop column promised_reply_at;
