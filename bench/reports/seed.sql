-- Seeds the analytics rollups directly (no tickets, no events) for the reports benchmark:
-- :tickets tickets and :answers survey answers over the year from :'year_start' (UTC),
-- across 30 markets and 15 languages, 6 channels, 12 teams, 120 agents, a fifth of the
-- conversations machine-translated. The spread is skewed as real traffic is: a few large
-- markets carry most tickets (index = 30 × random²), the main language of a market most of
-- its tickets, weekdays more than weekends. Rows are written as the server writes them: UTC
-- hour, day and month rows of the full dimensions, of the market × language projection
-- ('*' in channel, team, agent, translated) and of the market × language × channel projection
-- ('*' in team, agent, translated), durations as bucketed distributions.
\set ON_ERROR_STOP on
set work_mem = '256MB';
set client_min_messages = warning;

-- The bucket a duration in minutes falls into (analytics.Durations.bucketOf).
create or replace function bench_bucket(m int) returns int language sql immutable as $$
  select case when m < 100 then greatest(m, 0) when m < 1000 then 90 + m / 10
              when m < 10000 then 180 + m / 100 when m < 100000 then 270 + m / 1000 else 369 end
$$;

-- Bucket indexes to a distribution as the rollups keep it (index = bucket + 1, lower bound 1).
create or replace function bench_hist(b int[]) returns int[] language plpgsql immutable as $$
declare
  h int[];
  x int;
  top int;
begin
  select max(v) into top from unnest(b) v;
  if top is null then
    return null;
  end if;
  h := array_fill(null::int, array[top + 1]);
  foreach x in array b loop
    if x is not null then
      h[x + 1] := coalesce(h[x + 1], 0) + 1;
    end if;
  end loop;
  return h;
end
$$;

drop table if exists bench_markets, bench_facts, bench_answers;

-- 30 markets, each with its main language and sometimes a second one (15 languages).
create unlogged table bench_markets (idx int primary key, market text, lang1 text, lang2 text);
insert into bench_markets values
 (0,'US','en','es'),(1,'DE','de',null),(2,'JP','ja',null),(3,'GB','en',null),(4,'FR','fr',null),
 (5,'BR','pt',null),(6,'CA','en','fr'),(7,'ES','es',null),(8,'IT','it',null),(9,'MX','es',null),
 (10,'KR','ko',null),(11,'NL','nl','en'),(12,'AU','en',null),(13,'CH','de','fr'),(14,'SE','sv','en'),
 (15,'PL','pl',null),(16,'AT','de',null),(17,'BE','nl','fr'),(18,'TW','zh',null),(19,'AE','ar','en'),
 (20,'SA','ar',null),(21,'TR','tr',null),(22,'IN','en','hi'),(23,'IE','en',null),(24,'PT','pt',null),
 (25,'DK','da','en'),(26,'NO','no','en'),(27,'FI','fi','sv'),(28,'AR','es',null),(29,'SG','en','zh');

create unlogged table bench_facts as
select t.created_at, t.market, t.language, t.channel, t.team, t.agent, t.translated,
       t.first_reply, t.resolution, t.resolution is not null as solved,
       t.resolution is not null and random() < 0.45 as one_touch,
       t.resolution is not null and random() < 0.05 as reopened
from (
  select :'year_start'::timestamptz + (random() * 365 * 86400) * interval '1 second' as created_at,
         m.market,
         case when m.lang2 is not null and random() < 0.25 then m.lang2 else m.lang1 end as language,
         (array['email','email','email','chat','chat','web','api','phone','messaging'])[1 + floor(random() * 9)::int] as channel,
         'a0000000-0000-0000-0000-0000000000' || lpad((m.idx % 12)::text, 2, '0') as team,
         'b0000000-0000-0000-0000-000000000' || lpad((m.idx * 4 + floor(random() * 4)::int)::text, 3, '0') as agent,
         random() < 0.2 as translated,
         -- log-normal-ish: minutes to hours, a tail of days
         least(100000, floor(exp(random() * 4 + random() * 4))::int) as first_reply,
         case when random() < 0.9 then least(100000, floor(exp(2 + random() * 4 + random() * 4))::int) end as resolution
  from (select g, least(29, floor(30 * power(random(), 2))::int) as mi from generate_series(1, :tickets) g) s
  join bench_markets m on m.idx = s.mi
) t;

create unlogged table bench_answers as
select :'year_start'::timestamptz + (random() * 365 * 86400) * interval '1 second' as answered_at,
       f.market, f.language, f.channel, f.team, f.agent, f.translated,
       random() < 0.8 as csat, floor(random() * 5)::int + 1 as score, floor(random() * 11)::int as nps_score
from (select * from bench_facts order by random() limit :answers) f;

-- One insert for the tickets' rows, one for the answers', each over the nine kinds of row.
insert into analytics_rollups as r (grain, bucket, market, language, channel, team, agent, translated,
    created, solved, reopened, one_touch, first_replies, first_reply_minutes, first_reply_business,
    resolution_minutes, resolution_business)
select k.grain,
       date_trunc(case k.grain when 'h' then 'hour' when 'd' then 'day' else 'month' end, f.created_at, 'UTC'),
       f.market, f.language,
       case when k.projection = 'markets' then '*' else f.channel end,
       case when k.projection <> 'full' then '*' else f.team end,
       case when k.projection <> 'full' then '*' else f.agent end,
       case when k.projection <> 'full' then '*' when f.translated then 'y' else 'n' end,
       count(*), count(*) filter (where f.solved), count(*) filter (where f.reopened),
       count(*) filter (where f.one_touch and not f.reopened), count(*),
       bench_hist(array_agg(bench_bucket(f.first_reply))),
       bench_hist(array_agg(bench_bucket(f.first_reply * 2 / 5))),
       bench_hist(array_agg(bench_bucket(f.resolution)) filter (where f.solved)),
       bench_hist(array_agg(bench_bucket(f.resolution * 2 / 5)) filter (where f.solved))
from bench_facts f
cross join (values ('h'), ('d'), ('m')) g(grain)
cross join (values ('full'), ('markets'), ('channels')) p(projection)
cross join lateral (select g.grain, p.projection) k
group by 1, 2, 3, 4, 5, 6, 7, 8;

insert into analytics_rollups as r (grain, bucket, market, language, channel, team, agent, translated,
    csat_responses, csat_satisfied, csat_score_sum, nps_responses, nps_promoters, nps_detractors)
select k.grain,
       date_trunc(case k.grain when 'h' then 'hour' when 'd' then 'day' else 'month' end, a.answered_at, 'UTC'),
       a.market, a.language,
       case when k.projection = 'markets' then '*' else a.channel end,
       case when k.projection <> 'full' then '*' else a.team end,
       case when k.projection <> 'full' then '*' else a.agent end,
       case when k.projection <> 'full' then '*' when a.translated then 'y' else 'n' end,
       count(*) filter (where a.csat), count(*) filter (where a.csat and a.score >= 4),
       coalesce(sum(a.score) filter (where a.csat), 0),
       count(*) filter (where not a.csat), count(*) filter (where not a.csat and a.nps_score >= 9),
       count(*) filter (where not a.csat and a.nps_score <= 6)
from bench_answers a
cross join (values ('h'), ('d'), ('m')) g(grain)
cross join (values ('full'), ('markets'), ('channels')) p(projection)
cross join lateral (select g.grain, p.projection) k
group by 1, 2, 3, 4, 5, 6, 7, 8
on conflict (grain, bucket, market, language, channel, team, agent, translated) do update set
    csat_responses = r.csat_responses + excluded.csat_responses,
    csat_satisfied = r.csat_satisfied + excluded.csat_satisfied,
    csat_score_sum = r.csat_score_sum + excluded.csat_score_sum,
    nps_responses = r.nps_responses + excluded.nps_responses,
    nps_promoters = r.nps_promoters + excluded.nps_promoters,
    nps_detractors = r.nps_detractors + excluded.nps_detractors;

-- Customers' activity, which retention reads: the tickets' customers (a pool of a third as
-- many customers as tickets, some writing often), and as much again in the year before, so
-- the first period's retention has a previous period; each row linked to the customer's
-- next active hour as the server links them. In the order of their hours, as events add
-- them (and linking keeps them: docs/reports.md).
insert into analytics_customer_activity (customer_id, hour, source, market, language, next_hour)
select customer_id, hour, source, market, language,
       min(hour) over (partition by customer_id order by hour
                       range between '1 microsecond' following and unbounded following)
from (
  select distinct md5('bench-customer-' || floor((:tickets / 3) * power(random(), 1.3))::int)::uuid as customer_id,
         date_trunc('hour', created_at - case when y = 0 then interval '0' else interval '365 days' end) as hour,
         case when random() < 0.7 then 'ticket' else 'order' end as source, market, language
  from bench_facts cross join (values (0), (1)) years(y)
) a
order by hour;

drop table bench_facts, bench_answers, bench_markets;
drop function bench_hist(int[]);
drop function bench_bucket(int);
vacuum analyze analytics_rollups;
vacuum analyze analytics_customer_activity;
select count(*) || ' rollup rows, ' || pg_size_pretty(pg_total_relation_size('analytics_rollups')) from analytics_rollups;
