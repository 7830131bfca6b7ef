-- Agent availability (issue 6, item 4): when each agent works, where their public
-- holidays come from, how much work they take, and whether they are at their desk.
create table agent_availability (
    agent_id              uuid primary key references agents (id),
    holiday_country       varchar(2),
    holiday_subdivision   varchar(10),
    max_open_tickets      integer not null,
    max_concurrent_chats  integer not null,
    presence              varchar(10) not null,
    presence_since        timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint not null
);

-- Weekly shifts in the agent's own zone; an end not after the start ends the next day.
create table agent_shifts (
    agent_id   uuid not null references agent_availability (agent_id) on delete cascade,
    position   integer not null,
    day        varchar(9) not null,
    starts     time not null,
    ends       time not null,
    primary key (agent_id, position)
);

-- Time off: whole days in the agent's zone, or an exact span.
create table agent_time_off (
    id          uuid primary key,
    agent_id    uuid not null references agents (id),
    first_day   date,
    last_day    date,
    starts_at   timestamptz,
    ends_at     timestamptz,
    note        varchar(500),
    created_at  timestamptz not null,
    constraint agent_time_off_kind check ((first_day is not null and last_day is not null and starts_at is null and ends_at is null)
        or (first_day is null and last_day is null and starts_at is not null and ends_at is not null))
);
create index agent_time_off_agent_idx on agent_time_off (agent_id);

-- Routing (issue 6, item 5): why a ticket went to its agent, and when, for "longest idle".
alter table tickets add column assignment_reason text;
alter table tickets add column assigned_at timestamptz;

-- Tickets no qualified agent could take yet, offered again when someone comes online
-- or on shift.
create table routing_queue (
    ticket_id    uuid primary key references tickets (id),
    team_id      uuid references teams (id),
    language     varchar(35) not null,
    reason       text not null,
    queued_at    timestamptz not null,
    attempted_at timestamptz not null
);
create index routing_queue_queued_idx on routing_queue (queued_at);
