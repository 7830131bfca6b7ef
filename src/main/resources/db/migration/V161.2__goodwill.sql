-- Goodwill authority (issue 17): how much refund or credit an agent may grant on a ticket
-- without approval. Limits per role (defaults) and per agent (overrides), each as amounts
-- in one or more currencies; above the limit a grant waits for a supervisor.
create table goodwill_limits (
    id          uuid primary key,
    role        varchar(20),
    agent_id    uuid references agents (id) on delete cascade,
    currency    varchar(3) not null,
    amount      numeric(19, 4) not null check (amount >= 0),
    updated_at  timestamptz not null,
    check ((role is null) <> (agent_id is null))
);
create unique index goodwill_limits_role_idx on goodwill_limits (role, currency) where role is not null;
create unique index goodwill_limits_agent_idx on goodwill_limits (agent_id, currency) where agent_id is not null;

-- Defaults an operator changes with PUT /api/v1/commerce/goodwill/limits/roles/{role}.
insert into goodwill_limits (id, role, currency, amount, updated_at) values
    ('6a0f1d2e-0000-4000-8000-000000000001', 'AGENT', 'EUR', 50, now()),
    ('6a0f1d2e-0000-4000-8000-000000000002', 'SUPERVISOR', 'EUR', 500, now()),
    ('6a0f1d2e-0000-4000-8000-000000000003', 'ADMIN', 'EUR', 2000, now());

-- Every goodwill grant asked for on a ticket: granted at once within the asker's
-- authority, or waiting for (and then decided by) a supervisor. The ticket is referenced
-- by id only (the tickets module owns its rows).
create table goodwill_grants (
    id                 uuid primary key,
    ticket_id          uuid not null,
    market_code        varchar(2) not null,
    requested_by       uuid,
    requested_role     varchar(20) not null,
    kind               varchar(20) not null check (kind in ('REFUND', 'CREDIT')),
    amount             numeric(19, 4) not null check (amount > 0),
    currency           varchar(3) not null,
    compared_amount    numeric(19, 4) not null,
    limit_amount       numeric(19, 4),
    limit_currency     varchar(3) not null,
    rate               numeric(24, 12),
    rate_date          date,
    reason             varchar(2000) not null,
    status             varchar(20) not null check (status in ('GRANTED', 'PENDING_APPROVAL', 'REJECTED')),
    decided_by         uuid,
    decided_at         timestamptz,
    decision_note      varchar(2000),
    created_at         timestamptz not null,
    version            bigint not null
);
create index goodwill_grants_ticket_idx on goodwill_grants (ticket_id, created_at);
create index goodwill_grants_pending_idx on goodwill_grants (created_at) where status = 'PENDING_APPROVAL';
