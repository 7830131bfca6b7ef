-- The bot in the chat (bot), i14-chatbot: one row per chat conversation the bot took part
-- in, and one per visitor's turn, for the hand-off summary and supervision.
create table bot_conversations (
    conversation_id   uuid primary key,
    ticket_id         uuid not null,
    language          varchar(35) not null,
    market            varchar(8),
    -- answered_confirmed, answered_unconfirmed, handed_off, abandoned
    outcome           varchar(24) not null,
    answered          int not null default 0,
    confirmed         boolean not null default false,
    -- unhelpful answers in a row ("No" or no answer it was sure of); two hand over
    unhelpful_in_row  int not null default 0,
    -- a question about an order the bot asked the order number and address for
    awaiting_intent   varchar(20),
    handoff_reason    varchar(20),
    handed_off_at     timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index bot_conversations_outcome_idx on bot_conversations (created_at, outcome);

create table bot_turns (
    id                uuid primary key,
    conversation_id   uuid not null references bot_conversations (conversation_id) on delete cascade,
    question_id       uuid,
    reply_id          uuid,
    question          text not null,
    -- lower case, punctuation and repeated spaces removed: the same question, grouped
    normalized        varchar(500) not null,
    language          varchar(35) not null,
    -- answer, no_answer, ask_order, small_talk, handoff
    kind              varchar(20) not null,
    article_id        uuid,
    title             text,
    confidence        double precision,
    -- helpful, unhelpful
    reaction          varchar(10),
    created_at        timestamptz not null
);
create index bot_turns_conversation_idx on bot_turns (conversation_id, created_at);
create index bot_turns_reply_idx on bot_turns (reply_id);
create index bot_turns_unanswered_idx on bot_turns (normalized) where kind = 'no_answer';
