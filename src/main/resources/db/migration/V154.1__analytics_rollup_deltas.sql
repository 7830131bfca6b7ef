-- Issue 15 (analytics): an event no longer upserts six rollup rows in its own transaction.
-- It appends one row here (its contribution, in the UTC hour it counts in, under the
-- ticket's dimensions), and a background fold moves batches of these rows into
-- analytics_rollups (hour, day, month × full dimensions and the market × language
-- projection) in one transaction that deletes what it folded. Appending touches no shared
-- row, so events of different tickets never wait for each other; the rollups' hot rows (a
-- big market's month) are written once per batch instead of once per event.
create table analytics_rollup_deltas (
    id                      bigint generated always as identity primary key,
    hour                    timestamptz not null,
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
    -- one duration each: its bucket (analytics.Durations) + 1, negative when a reopen takes
    -- it back; null when the event measured none
    first_reply_minutes     int,
    first_reply_business    int,
    resolution_minutes      int,
    resolution_business     int
);

-- One duration as a rollup distribution: NULLs up to its bucket, then +1 or -1.
create function analytics_one(signed_bucket int) returns int[] language sql immutable as $$
    select case when signed_bucket is null or signed_bucket = 0 then null
                else array_fill(null::int, array[abs(signed_bucket) - 1]) || sign(signed_bucket)::int end
$$;

-- The deltas not folded yet, shaped like hour rows of analytics_rollups: a report reads
-- the rollups and this view in one statement (one snapshot), so it is exact whether or not
-- the fold has run, and a fold (delete + upsert in one transaction) never counts twice.
create view analytics_pending_rollups as
select 'h'::char(1) as grain, hour as bucket, market, language, channel, team, agent, translated,
       created, solved, reopened, one_touch, first_replies, sla_first_targets, sla_first_breached,
       sla_resolution_targets, sla_resolution_breached, bot_conversations, bot_answered, bot_handed_off,
       csat_responses, csat_satisfied, csat_score_sum, nps_responses, nps_promoters, nps_detractors,
       analytics_one(first_reply_minutes) as first_reply_minutes,
       analytics_one(first_reply_business) as first_reply_business,
       analytics_one(resolution_minutes) as resolution_minutes,
       analytics_one(resolution_business) as resolution_business
from analytics_rollup_deltas;
