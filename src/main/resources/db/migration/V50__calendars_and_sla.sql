-- Issue 6: stored business calendars (time), SLA policies (sla) and the SLA due times a
-- ticket carries (tickets).

-- A calendar per owner. The time module knows owners only by kind and key (a market's
-- country code, a team's id), so there are no foreign keys to markets or teams: deleting
-- a team leaves a calendar nobody asks for, which is harmless.
create table business_calendars (
    owner_kind           varchar(16) not null,      -- MARKET, TEAM
    owner_key            varchar(64) not null,
    zone                 varchar(64) not null,      -- IANA id
    weekly               varchar(32)[] not null,    -- 'MONDAY 09:00 17:00'; end <= start crosses midnight
    holiday_country      varchar(2),
    holiday_subdivision  varchar(16),
    closures             date[] not null,
    openings             varchar(32)[] not null,    -- '2026-12-24 09:00 12:00'
    updated_at           timestamptz not null,
    primary key (owner_kind, owner_key)
);

create table sla_policies (
    id                    uuid primary key,
    name                  varchar(200) not null unique,
    position              integer not null,
    priorities            varchar(20)[] not null,
    markets               varchar(2)[] not null,
    channels              varchar(20)[] not null,
    first_reply_minutes   integer,
    next_reply_minutes    integer,
    resolution_minutes    integer,
    warning_lead_minutes  integer not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint not null
);

alter table tickets
    add column first_reply_due_at        timestamptz,
    add column next_reply_due_at         timestamptz,
    add column resolution_due_at         timestamptz,
    add column sla_policy                varchar(200),
    add column sla_calendar              varchar(64),
    add column sla_never_open            boolean not null default false,
    add column sla_warning_lead_minutes  integer not null default 0,
    add column sla_paused_at             timestamptz,
    add column sla_paused_minutes        bigint not null default 0,
    add column sla_breaches              varchar(32)[] not null default '{}',
    add column sla_warnings              varchar(32)[] not null default '{}';

-- The SLA check looks for running clocks whose earliest due time is near; most tickets
-- have none, so the index holds only the ones that do.
create index tickets_sla_due_idx on tickets (least(first_reply_due_at, next_reply_due_at, resolution_due_at), id)
    where sla_paused_at is null
      and least(first_reply_due_at, next_reply_due_at, resolution_due_at) is not null;
