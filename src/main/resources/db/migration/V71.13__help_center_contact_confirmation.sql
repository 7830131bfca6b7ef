-- Help-center requests made with an address that already belongs to a customer wait for
-- the address's owner to confirm them: the token is kept only as its SHA-256.
create table help_contact_confirmations (
    id            uuid primary key,
    ticket_id     uuid not null references tickets (id) on delete cascade,
    email         varchar(320) not null,
    token_sha256  varchar(64) not null unique,
    expires_at    timestamptz not null,
    created_at    timestamptz not null,
    confirmed_at  timestamptz
);
create index help_contact_confirmations_ticket_idx on help_contact_confirmations (ticket_id);

-- Every contact-form submission, for the sliding-window rate limits per address and per
-- client (kept a day).
create table help_contact_attempts (
    email       varchar(320) not null,
    client      varchar(64) not null,
    at          timestamptz not null
);
create index help_contact_attempts_email_idx on help_contact_attempts (email, at);
create index help_contact_attempts_client_idx on help_contact_attempts (client, at);

-- The confirmation mail the email channel sends for it.
alter table email_outbox add column confirm_link varchar(2000);
alter table email_outbox add column confirm_language varchar(35);
alter table email_outbox add column confirm_expires_at timestamptz;
