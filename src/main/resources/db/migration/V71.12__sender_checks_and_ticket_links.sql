-- What the receiving mail server reported about a message's sender (RFC 8601
-- Authentication-Results), written by the email channel through the tickets module.
alter table messages add column sender_authserv_id varchar(255);
alter table messages add column sender_spf varchar(20);
alter table messages add column sender_dkim varchar(20);
alter table messages add column sender_dmarc varchar(20);

-- A ticket that refers to another: e.g. mail that names a ticket (subject tag,
-- In-Reply-To) from a sender who is not part of its conversation opens a ticket of its own
-- that links to it.
create table ticket_links (
    ticket_id         uuid not null references tickets (id) on delete cascade,
    linked_ticket_id  uuid not null references tickets (id) on delete cascade,
    reason            varchar(40) not null,
    created_at        timestamptz not null,
    primary key (ticket_id, linked_ticket_id)
);
create index ticket_links_linked_idx on ticket_links (linked_ticket_id);

-- Acknowledgements to senders who are not known customers do not repeat their subject.
alter table email_outbox add column echo_subject boolean not null default true;
