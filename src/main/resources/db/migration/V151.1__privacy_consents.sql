-- Consent per customer and purpose (issue 16): every decision is a row, the latest per
-- customer and purpose is in force. Owned by privacy; customers referenced by id only.
create table privacy_consents (
    seq          bigint generated always as identity primary key,
    customer_id  uuid not null,
    purpose      varchar(40) not null check (purpose in ('surveys', 'proactive-notifications', 'marketing')),
    agreed       boolean not null,
    decided_at   timestamptz not null,
    channel      varchar(20) not null,
    -- The consent text the customer was shown, in its language; none for decisions
    -- carried over from the notifications opt-out, which showed none.
    text         varchar(4000),
    language     varchar(35),
    recorded_by  varchar(200) not null
);
create index privacy_consents_customer_idx on privacy_consents (customer_id, purpose, seq);

-- The notifications module's opt-out meant "no message I did not ask for": surveys and
-- shipment news alike. Its history becomes decisions on both purposes; the old tables
-- are read no more.
insert into privacy_consents (customer_id, purpose, agreed, decided_at, channel, recorded_by)
select c.customer_id, p.purpose, not c.opted_out, c.changed_at, 'api', c.changed_by
from notification_preference_changes c
cross join (values ('surveys'), ('proactive-notifications')) as p (purpose)
order by c.changed_at, c.id;

-- Requests customers make themselves (help center), confirmed by email, that admins
-- work on until done or rejected by the due date their market's law sets.
create table privacy_requests (
    id           uuid primary key,
    kind         varchar(10) not null check (kind in ('export', 'erasure')),
    email        varchar(320) not null,
    customer_id  uuid,
    market       varchar(2),
    language     varchar(35) not null,
    source       varchar(20) not null,
    status       varchar(10) not null check (status in ('open', 'done', 'rejected')),
    created_at   timestamptz not null,
    due_at       timestamptz not null,
    closed_at    timestamptz,
    closed_by    varchar(200),
    note         varchar(2000)
);
create index privacy_requests_status_idx on privacy_requests (status, due_at);
create index privacy_requests_customer_idx on privacy_requests (customer_id);
