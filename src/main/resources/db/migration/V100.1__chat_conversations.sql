-- Live chat (channels.chat): one row per conversation a visitor opened in the widget.
-- The conversation's messages are its ticket's messages; this row holds what only the
-- chat knows: the visitor's token (hashed), their language and page, and when they were
-- last connected. Tickets and customers are referenced by id only.

create table chat_conversations (
    id              uuid primary key,
    ticket_id       uuid not null unique,
    customer_id     uuid not null,
    -- SHA-256 of the visitor token; the token itself is only ever in the visitor's browser
    token_hash      bytea not null unique,
    locale          text not null,
    page            text,
    -- the shop vouched for the visitor's address (HMAC with the shop's secret)
    identified      boolean not null,
    -- an address the visitor typed, not vouched for: kept apart from any customer's
    contact_email   text,
    created_at      timestamptz not null,
    last_seen_at    timestamptz not null,
    expires_at      timestamptz not null
);
create index chat_conversations_by_customer on chat_conversations (customer_id, created_at desc);
