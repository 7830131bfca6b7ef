-- Which conversations had a new message, by a cluster-wide revision: a node holding
-- long-polling visitors asks once a second which of their conversations moved on
-- another node (its own wake them at once).
create sequence chat_live_revisions;

create table chat_live_activity (
    conversation_id uuid primary key references chat_conversations (id) on delete cascade,
    revision bigint not null
);

create index chat_live_activity_revision on chat_live_activity (revision);
