-- Retention per market (issue 16): the periods markets have of their own (the defaults
-- are settings), and one report per run of what was removed.
create table privacy_retention_periods (
    market      varchar(8) not null,
    kind        varchar(40) not null,
    days        integer not null check (days between 1 and 36500),
    updated_at  timestamptz not null,
    primary key (market, kind)
);

create table privacy_retention_runs (
    id           uuid primary key,
    -- running: going on, or stopped half way (the next run goes on with it)
    status       varchar(10) not null check (status in ('running', 'done', 'failed')),
    -- the moment periods are counted back from, kept when a run is resumed
    as_of        timestamptz not null,
    market       varchar(8),
    started_by   varchar(200) not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    -- items removed or anonymized per kind and market, e.g. {"solvedTickets.FR": 12}
    removed      jsonb not null default '{}',
    error        varchar(1000)
);
create index privacy_retention_runs_started_idx on privacy_retention_runs (started_at desc);
