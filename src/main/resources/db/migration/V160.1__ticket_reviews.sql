-- Conversation reviews of the tickets module (issue 17): a supervisor scores a solved
-- conversation against the rubric, 1 to 5 per criterion, with a comment in its language.
-- The ticket's language and market are kept as they were when it was reviewed, so the
-- averages per language and market do not move when a ticket is edited later.
create table ticket_reviews (
    id uuid primary key,
    ticket_id uuid not null references tickets (id) on delete cascade,
    agent_id uuid not null references agents (id),
    reviewer_id uuid references agents (id),
    language varchar(35) not null,
    market_code varchar(2),
    correct smallint not null check (correct between 1 and 5),
    clear smallint not null check (clear between 1 and 5),
    empathetic smallint not null check (empathetic between 1 and 5),
    culturally_appropriate smallint not null check (culturally_appropriate between 1 and 5),
    followed_playbook smallint not null check (followed_playbook between 1 and 5),
    comment text,
    comment_language varchar(35),
    created_at timestamptz not null,
    check ((comment is null) = (comment_language is null))
);

create index ticket_reviews_ticket_idx on ticket_reviews (ticket_id, created_at);
create index ticket_reviews_agent_idx on ticket_reviews (agent_id, created_at desc);
create index ticket_reviews_created_idx on ticket_reviews (created_at);

-- The weekly sample: once proposed for an ISO week, an agent's conversations to review
-- stay the same however often the sample is asked for.
create table ticket_review_samples (
    week varchar(8) not null,
    agent_id uuid not null references agents (id),
    ticket_id uuid not null references tickets (id) on delete cascade,
    proposed_at timestamptz not null,
    primary key (week, agent_id, ticket_id)
);
