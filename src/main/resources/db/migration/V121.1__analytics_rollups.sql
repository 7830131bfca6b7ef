-- Issue 15 (analytics): reports read per-hour rollups, never the ticket tables.
--
-- analytics_tickets is the analytics module's own working copy of what it heard about each
-- ticket (dimensions, first reply, solves, reopens, SLA breaches, the bot), so a later event
-- can be rolled up without reading another module's rows.
create table analytics_tickets (
    ticket_id               uuid primary key,
    customer_id             uuid not null,
    created_at              timestamptz not null,
    market                  varchar(8) not null,
    language                varchar(35) not null,
    channel                 varchar(16) not null,
    team                    varchar(36) not null default '',
    agent                   varchar(36) not null default '',
    translated              boolean not null default false,
    first_reply_at          timestamptz,
    replies                 int not null default 0,
    solved_at               timestamptz,
    reopens                 int not null default 0,
    one_touch_counted       boolean not null default false,
    sla_first_counted       boolean not null default false,
    sla_first_breached      boolean not null default false,
    sla_resolution_counted  boolean not null default false,
    sla_resolution_breached boolean not null default false,
    bot_at                  timestamptz,
    bot_outcome             varchar(12)
);

-- Merges two bucketed distributions (index = bucket + 1, NULL = 0): the rollups' histograms
-- add up element by element, so any set of rows merges into one distribution.
create function analytics_merge(a int[], b int[]) returns int[] language plpgsql immutable as $$
declare
    i int;
begin
    if b is null then
        return a;
    end if;
    if a is null then
        return b;
    end if;
    for i in array_lower(b, 1)..array_upper(b, 1) loop
        if b[i] is not null then
            a[i] := coalesce(a[i], 0) + b[i];
        end if;
    end loop;
    return a;
end
$$;

-- One row per bucket and combination of dimensions. grain 'h': the UTC hour starting at
-- bucket; 'd': the UTC day; 'm': the UTC month. A report over a viewer's days reads whole
-- UTC months from 'm' rows, whole UTC days from 'd' rows and the hours at either edge from
-- 'h' rows, so a year costs about as many rows as a week. Dimensions hold '' for "none" and
-- '*' for "all": the rows whose team, agent, channel and translated are '*' are a smaller
-- projection (market × language) that reports use when they slice by nothing else.
create table analytics_rollups (
    grain                   char(1) not null,
    bucket                  timestamptz not null,
    market                  varchar(8) not null,
    language                varchar(35) not null,
    channel                 varchar(16) not null,
    team                    varchar(36) not null,
    agent                   varchar(36) not null,
    translated              char(1) not null,
    created                 int not null default 0,
    solved                  int not null default 0,
    reopened                int not null default 0,
    one_touch               int not null default 0,
    first_replies           int not null default 0,
    sla_first_targets       int not null default 0,
    sla_first_breached      int not null default 0,
    sla_resolution_targets  int not null default 0,
    sla_resolution_breached int not null default 0,
    bot_conversations       int not null default 0,
    bot_answered            int not null default 0,
    bot_handed_off          int not null default 0,
    csat_responses          int not null default 0,
    csat_satisfied          int not null default 0,
    csat_score_sum          int not null default 0,
    nps_responses           int not null default 0,
    nps_promoters           int not null default 0,
    nps_detractors          int not null default 0,
    -- bucketed distributions in minutes (see analytics.internal.Durations)
    first_reply_minutes     int[],
    first_reply_business    int[],
    resolution_minutes      int[],
    resolution_business     int[],
    primary key (grain, bucket, market, language, channel, team, agent, translated)
);

-- Customers seen per UTC day (a ticket opened): retention compares one period's customers
-- with the next's.
create table analytics_customer_days (
    customer_id uuid not null,
    day         date not null,
    market      varchar(8) not null,
    language    varchar(35) not null,
    primary key (day, customer_id)
);

-- The survey answers analytics heard (SurveyAnswered), so a recomputation from scratch
-- rolls them up again without reading the feedback module's tables.
create table analytics_survey_answers (
    survey_id   uuid primary key,
    kind        varchar(8) not null,
    score       int not null,
    satisfied   boolean not null,
    market      varchar(8) not null,
    language    varchar(35) not null,
    channel     varchar(16) not null,
    team        varchar(36) not null,
    agent       varchar(36) not null,
    translated  boolean not null,
    answered_at timestamptz not null
);
