-- Issue 15 (analytics): a report grouped or filtered by channel (and by nothing else than
-- market and language) read the rollups' full-dimension rows, one per market, language,
-- channel, team, agent and translated: about eleven times the rows of the market × language
-- projection and eight times the histogram cells, which the server sends and adds up per
-- row (315 ms p95 for a year by channel against 89 ms by market). A second projection,
-- market × language × channel ('*' in team, agent and translated), answers those reports
-- with a third of the rows. The fold writes it from now on; this fills it for what was
-- folded before.

-- Adds up bucketed distributions row by row (analytics_merge as an aggregate).
create aggregate analytics_merge_all(int[]) (sfunc = analytics_merge, stype = int[]);

insert into analytics_rollups (grain, bucket, market, language, channel, team, agent, translated,
    created, solved, reopened, one_touch, first_replies, sla_first_targets, sla_first_breached,
    sla_resolution_targets, sla_resolution_breached, bot_conversations, bot_answered, bot_handed_off,
    csat_responses, csat_satisfied, csat_score_sum, nps_responses, nps_promoters, nps_detractors,
    first_reply_minutes, first_reply_business, resolution_minutes, resolution_business)
select grain, bucket, market, language, channel, '*', '*', '*',
       sum(created), sum(solved), sum(reopened), sum(one_touch), sum(first_replies), sum(sla_first_targets),
       sum(sla_first_breached), sum(sla_resolution_targets), sum(sla_resolution_breached),
       sum(bot_conversations), sum(bot_answered), sum(bot_handed_off), sum(csat_responses),
       sum(csat_satisfied), sum(csat_score_sum), sum(nps_responses), sum(nps_promoters), sum(nps_detractors),
       analytics_merge_all(first_reply_minutes), analytics_merge_all(first_reply_business),
       analytics_merge_all(resolution_minutes), analytics_merge_all(resolution_business)
from analytics_rollups
where channel <> '*' and team <> '*'
group by grain, bucket, market, language, channel
on conflict (grain, bucket, market, language, channel, team, agent, translated) do nothing;

-- Each kind of report reads only its own rows: the projections have few, and a range of
-- buckets no longer fetches the full-dimension rows only to drop them.
create index analytics_rollups_markets on analytics_rollups (grain, bucket) where channel = '*';
create index analytics_rollups_channels on analytics_rollups (grain, bucket) where channel <> '*' and team = '*';
