-- Live chat (channels.chat), i13-offline: continuing a chat by email, transcripts, and the
-- widget's settings per market.

-- What the chat knows of the visitor beyond the first version: the market whose widget they
-- used, their zone (for times in transcripts) and when the chat ended.
alter table chat_conversations add column market varchar(8);
alter table chat_conversations add column zone varchar(64);
alter table chat_conversations add column ended_at timestamptz;

-- An address a visitor typed that belongs to another customer: the chat joins that customer
-- only when the address's owner follows the mailed link. The token only as its SHA-256.
create table chat_email_confirmations (
    id               uuid primary key,
    conversation_id  uuid not null references chat_conversations (id) on delete cascade,
    ticket_id        uuid not null,
    email            text not null,
    language         varchar(35) not null,
    token_sha256     varchar(64) not null unique,
    expires_at       timestamptz not null,
    created_at       timestamptz not null,
    confirmed_at     timestamptz
);
create index chat_email_confirmations_by_conversation on chat_email_confirmations (conversation_id);

-- The widget as a shop's market shows it. One row per market; market '*' is the default
-- for markets without a row of their own.
create table chat_widget_settings (
    market           varchar(8) primary key,
    enabled          boolean not null default true,
    colour           varchar(7) not null default '#1d4ed8',
    -- greeting per language (BCP 47 tag -> text); none: the bundle's greeting
    greetings        jsonb not null default '{}',
    -- origins (or patterns) allowed to embed the widget, besides meridian.chat.allowed-origins
    allowed_origins  text[] not null default '{}',
    -- languages the widget offers; none: every language the chat is written in
    languages        text[] not null default '{}',
    -- pre-chat form fields: off, optional or required
    prechat_name     varchar(10) not null default 'off',
    prechat_email    varchar(10) not null default 'off',
    prechat_order    varchar(10) not null default 'off',
    updated_at       timestamptz not null
);

-- Mail another module words in full (a chat's confirmation link, a transcript): the email
-- channel only sends it.
alter table email_outbox add column composed_subject text;
alter table email_outbox add column composed_body text;
