-- Email channel (issue 4). What a mail says about itself is kept on the message (who
-- sent it, its subject, whether an outbound one was delivered); everything else the
-- email channel needs lives in its own email_* tables.
alter table messages
    add column from_address    varchar(320),
    add column from_name       varchar(400),
    add column subject         varchar(1000),
    add column delivery_status varchar(20),
    add column delivery_detail varchar(1000);

-- Mailboxes: IMAP in, SMTP out, tied to a team and a market. The secret (password or
-- OAuth2 access token) is never returned by the API.
create table email_mailboxes (
    id                  uuid primary key,
    name                varchar(200) not null unique,
    address             varchar(320) not null,
    display_name        varchar(200),
    team_id             uuid references teams (id),
    market_code         varchar(2) references markets (code),
    imap_host           varchar(255),
    imap_port           integer,
    imap_security       varchar(20) not null default 'SSL',
    imap_folder         varchar(255) not null default 'INBOX',
    imap_done_folder    varchar(255),
    smtp_host           varchar(255),
    smtp_port           integer,
    smtp_security       varchar(20) not null default 'STARTTLS',
    username            varchar(320),
    auth                varchar(20) not null default 'PASSWORD',
    secret              varchar(4000),
    poll_seconds        integer not null default 60,
    enabled             boolean not null default true,
    uid_validity        bigint,
    last_uid            bigint not null default 0,
    last_poll_at        timestamptz,
    last_error          varchar(1000),
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

-- Every Message-ID seen or sent, with the ticket message it became: threading looks
-- replies up here, and a mail fetched twice (a restart between storing it and
-- remembering its UID) is recognised and stored once.
create table email_message_ids (
    message_id_header  varchar(998) primary key,
    ticket_id          uuid not null references tickets (id) on delete cascade,
    message_id         uuid references messages (id) on delete cascade,
    direction          varchar(10) not null,
    from_address       varchar(320),
    mailbox_id         uuid references email_mailboxes (id) on delete set null,
    created_at         timestamptz not null
);
create index email_message_ids_sender_idx on email_message_ids (from_address, created_at) where direction = 'INBOUND';
create index email_message_ids_message_idx on email_message_ids (message_id);

-- The full original of every stored mail, byte for byte.
create table email_sources (
    message_id   uuid primary key references messages (id) on delete cascade,
    raw          bytea not null,
    received_at  timestamptz not null
);

-- Mail that could not be parsed or stored, or was held back (loops, rate limits).
create table email_quarantine (
    id                   uuid primary key,
    mailbox_id           uuid references email_mailboxes (id) on delete set null,
    reason               varchar(100) not null,
    detail               varchar(2000),
    from_address         varchar(998),
    subject              varchar(998),
    raw                  bytea not null,
    received_at          timestamptz not null,
    status               varchar(20) not null default 'HELD',
    imported_ticket_id   uuid,
    imported_message_id  uuid,
    resolved_at          timestamptz
);
create index email_quarantine_status_idx on email_quarantine (status, received_at desc);

-- Addresses whose mail bounced: no more automatic notifications to them.
create table email_bouncing_addresses (
    address         varchar(320) primary key,
    since           timestamptz not null,
    last_bounce_at  timestamptz not null,
    status_code     varchar(20),
    diagnostic      varchar(1000)
);

-- Outbound mail waiting to be sent: claimed with FOR UPDATE SKIP LOCKED, retried with
-- back-off, its state mirrored onto the ticket message.
create table email_outbox (
    id                 uuid primary key,
    kind               varchar(20) not null,
    ticket_id          uuid not null references tickets (id) on delete cascade,
    message_id         uuid references messages (id) on delete cascade,
    recipient          varchar(320) not null,
    message_id_header  varchar(998) not null unique,
    status             varchar(20) not null,
    attempts           integer not null default 0,
    next_attempt_at    timestamptz not null,
    last_error         varchar(1000),
    created_at         timestamptz not null,
    sent_at            timestamptz
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where status in ('PENDING', 'RETRYING');
