-- Meridian foundation schema: markets, customers, agents, tickets, API access,
-- idempotency records and Spring Modulith's event publication registry.

create table markets (
    code           varchar(2) primary key,            -- ISO 3166-1 alpha-2
    name           varchar(200) not null,
    languages      text[] not null,                -- ordered BCP 47 tags
    currency       varchar(3) not null,               -- ISO 4217
    time_zone      varchar(64) not null,           -- IANA zone id
    launch_status  varchar(20) not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null
);

create table organizations (
    id           uuid primary key,
    name         varchar(300) not null,
    domains      text[] not null,
    market_code  varchar(2) references markets (code),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint not null
);

create table customers (
    id                  uuid primary key,
    given_name          varchar(200),
    family_name         varchar(200),
    display_name        varchar(400) not null,
    preferred_language  varchar(35) not null,     -- BCP 47, 'und' when unknown
    locale              varchar(35) not null,
    time_zone           varchar(64),
    market_code         varchar(2) references markets (code),
    organization_id     uuid references organizations (id),
    phones              text[] not null,          -- E.164
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null
);
create index customers_created_idx on customers (created_at, id);

create table customer_emails (
    customer_id  uuid not null references customers (id) on delete cascade,
    email        varchar(320) not null,
    position     int not null,
    primary key (customer_id, position)
);
create unique index customer_emails_email_idx on customer_emails (lower(email));

create table agents (
    id             uuid primary key,
    email          varchar(320) not null,
    display_name   varchar(300) not null,
    role           varchar(20) not null,
    time_zone      varchar(64) not null,
    ui_language    varchar(35) not null,
    active         boolean not null,
    password_hash  varchar(200),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null
);
create unique index agents_email_idx on agents (lower(email));

create table agent_languages (
    agent_id     uuid not null references agents (id) on delete cascade,
    language     varchar(35) not null,
    proficiency  varchar(10) not null,            -- CEFR A1..C2 or NATIVE
    position     int not null,
    primary key (agent_id, position)
);

create table teams (
    id          uuid primary key,
    name        varchar(200) not null,
    members     uuid[] not null,
    markets     text[] not null,
    languages   text[] not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null
);
create unique index teams_name_idx on teams (lower(name));

create sequence ticket_number_seq start with 1000 increment by 1;

create table tickets (
    id                 uuid primary key,
    number             bigint not null unique,
    subject            varchar(500) not null,
    status             varchar(20) not null,
    priority           varchar(20) not null,
    channel            varchar(20) not null,
    customer_id        uuid not null references customers (id),
    assignee_id        uuid references agents (id),
    team_id            uuid references teams (id),
    market_code        varchar(2) references markets (code),
    language           varchar(35) not null,
    tags               text[] not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    first_response_at  timestamptz,
    solved_at          timestamptz,
    version            bigint not null
);
-- The inbox lists by status and recency, newest first, with keyset pagination.
create index tickets_status_updated_idx on tickets (status, updated_at desc, id desc);
create index tickets_updated_idx on tickets (updated_at desc, id desc);
create index tickets_assignee_updated_idx on tickets (assignee_id, updated_at desc, id desc);
create index tickets_customer_idx on tickets (customer_id);
create index tickets_tags_idx on tickets using gin (tags);

create table messages (
    id           uuid primary key,
    ticket_id    uuid not null references tickets (id) on delete cascade,
    author_type  varchar(20) not null,          -- CUSTOMER, AGENT, SYSTEM
    author_id    uuid,
    direction    varchar(20) not null,          -- INBOUND, OUTBOUND
    visibility   varchar(20) not null,          -- PUBLIC, INTERNAL
    body_text    text not null,
    body_html    text not null,
    language     varchar(35) not null,
    external_id  varchar(1000),
    created_at   timestamptz not null,
    version      bigint not null
);
create index messages_ticket_idx on messages (ticket_id, created_at, id);

create table attachments (
    id           uuid primary key,
    message_id   uuid not null references messages (id) on delete cascade,
    name         varchar(500) not null,
    media_type   varchar(255) not null,
    size         bigint not null,
    sha256       varchar(64) not null,
    created_at   timestamptz not null
);
create index attachments_message_idx on attachments (message_id);

create table api_tokens (
    id            uuid primary key,
    name          varchar(200) not null,
    token_hash    varchar(64) not null unique,      -- SHA-256 of the secret, hex
    role          varchar(20) not null,
    scopes        text[] not null,
    agent_id      uuid references agents (id) on delete cascade,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create table idempotency_records (
    principal        varchar(200) not null,
    idempotency_key  varchar(255) not null,
    request_hash     varchar(64) not null,
    status           int,                        -- null while the first request runs
    location         varchar(2000),
    content_type     varchar(255),
    body             bytea,
    created_at       timestamptz not null,
    primary key (principal, idempotency_key)
);
create index idempotency_records_created_idx on idempotency_records (created_at);

-- Spring Modulith event publication registry (JPA); serialized events need text.
create table event_publication (
    id                      uuid primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    last_resubmission_date  timestamptz,
    completion_attempts     int not null default 0,
    status                  varchar(20)
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                      uuid primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    last_resubmission_date  timestamptz,
    completion_attempts     int not null default 0,
    status                  varchar(20)
);
