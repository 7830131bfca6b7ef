-- Feedback: CSAT and NPS surveys, their answers, follow-ups for supervisors, themes and the
-- "you told us, we changed this" messages. Owned by the feedback module; tickets,
-- customers, agents and teams are referenced by id only.

-- NPS campaigns per market: who is asked is decided when the campaign is launched.
create table feedback_campaigns (
    id                uuid primary key,
    market            text not null,
    name              text not null,
    window_days       int not null check (window_days between 1 and 366),
    sample_rate       numeric(5, 4) not null check (sample_rate > 0 and sample_rate <= 1),
    min_interval_days int not null check (min_interval_days >= 0),
    created_at        timestamptz not null,
    created_by        text not null,
    selected          int not null default 0
);

-- One survey sent (or to be sent) to one customer. A CSAT survey rates one ticket, at most
-- once; an NPS survey belongs to a campaign. The token is kept in plain only until the
-- mail is written; it is looked up by its SHA-256.
create table feedback_surveys (
    id            uuid primary key,
    kind          text not null check (kind in ('CSAT', 'NPS')),
    scale         text not null check (scale in ('FIVE', 'THREE', 'NPS')),
    token_sha256  text not null unique,
    token         text,
    ticket_id     uuid,
    campaign_id   uuid references feedback_campaigns (id),
    customer_id   uuid not null,
    language      text not null,
    market        text,
    zone          text,
    channel       text,
    agent_id      uuid,
    team_id       uuid,
    translated    boolean not null default false,
    state         text not null check (state in ('scheduled', 'sent', 'answered', 'skipped')),
    reason        text,
    -- who asked for it through the API; null when the ticket's solving scheduled it
    requested_by  text,
    scheduled_for timestamptz not null,
    sent_at       timestamptz,
    expires_at    timestamptz not null,
    created_at    timestamptz not null,
    claimed_until timestamptz,
    attempts      int not null default 0,
    last_error    text
);
-- at most one CSAT survey per ticket, however often the ticket is solved
create unique index feedback_surveys_one_per_ticket on feedback_surveys (ticket_id) where kind = 'CSAT';
create index feedback_surveys_due on feedback_surveys (scheduled_for) where state = 'scheduled';
create index feedback_surveys_by_customer on feedback_surveys (customer_id, kind, created_at);

create table feedback_answers (
    survey_id        uuid primary key references feedback_surveys (id),
    score            int not null,
    satisfied        boolean not null,
    low              boolean not null,
    reason           text,
    comment          text,
    comment_language text,
    answered_at      timestamptz not null
);
create index feedback_answers_by_time on feedback_answers (answered_at);

-- Customers who may be asked in an NPS campaign: a solved ticket or a delivered order.
create table feedback_contacts (
    customer_id uuid not null,
    source      text not null check (source in ('ticket', 'order')),
    source_id   uuid not null,
    occurred_at timestamptz not null,
    primary key (source, source_id)
);
create index feedback_contacts_by_time on feedback_contacts (occurred_at);

-- A low CSAT or a detractor: a follow-up for the credited agent's supervisor, with the
-- comment and its translation into the supervisor's language.
create table feedback_follow_ups (
    id                   uuid primary key,
    survey_id            uuid not null unique references feedback_surveys (id),
    action               text not null check (action in ('follow-up', 'reopen')),
    ticket_id            uuid,
    customer_id          uuid not null,
    agent_id             uuid,
    supervisor_id        uuid,
    score                int not null,
    reason               text,
    comment              text,
    comment_language     text,
    translation          text,
    translation_language text,
    translation_engine   text,
    state                text not null check (state in ('open', 'done')),
    created_at           timestamptz not null,
    done_at              timestamptz,
    done_by              text
);
create index feedback_follow_ups_open on feedback_follow_ups (supervisor_id, created_at) where state = 'open';

-- Themes comments are grouped into: the lexicons' themes, and any a supervisor adds.
create table feedback_themes (
    key          text primary key,
    name         text,
    state        text not null check (state in ('open', 'addressed')),
    note         text,
    note_language text,
    addressed_at timestamptz,
    addressed_by text,
    created_at   timestamptz not null
);

insert into feedback_themes (key, state, created_at) values
    ('delivery', 'open', now()), ('slow_reply', 'open', now()), ('refund', 'open', now()),
    ('product_quality', 'open', now()), ('unfriendly', 'open', now()), ('language', 'open', now()),
    ('website', 'open', now()), ('price', 'open', now());

create table feedback_theme_comments (
    theme_key  text not null references feedback_themes (key),
    survey_id  uuid not null references feedback_surveys (id),
    source     text not null check (source in ('lexicon', 'manual')),
    tagged_by  text,
    created_at timestamptz not null,
    primary key (theme_key, survey_id)
);
create index feedback_theme_comments_by_survey on feedback_theme_comments (survey_id);

-- "You told us, we changed this": once per theme and customer.
create table feedback_loop_messages (
    id            uuid primary key,
    theme_key     text not null references feedback_themes (key),
    customer_id   uuid not null,
    survey_id     uuid not null references feedback_surveys (id),
    language      text not null,
    -- what changed, in the customer's language (the note translated when it was marked)
    change_text   text not null,
    state         text not null check (state in ('queued', 'sent', 'skipped')),
    reason        text,
    due_at        timestamptz not null,
    sent_at       timestamptz,
    created_at    timestamptz not null,
    claimed_until timestamptz,
    attempts      int not null default 0,
    last_error    text,
    unique (theme_key, customer_id)
);
create index feedback_loop_messages_due on feedback_loop_messages (due_at) where state = 'queued';
