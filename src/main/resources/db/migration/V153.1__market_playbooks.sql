-- Playbooks per market (issue 17): a short checklist agents see on the market's tickets,
-- written in one language (the source) and translated per workspace language. A
-- translation remembers the source revision it was made from; when the source changes
-- substantively it is outdated (as knowledge-base translations and macro variants are).
create table market_playbooks (
    market_code      varchar(2) primary key references markets (code) on delete cascade,
    source_language  varchar(35) not null,
    revision         int not null check (revision >= 1),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null
);

create table market_playbook_texts (
    id                  uuid primary key,
    market_code         varchar(2) not null references market_playbooks (market_code) on delete cascade,
    language            varchar(35) not null,
    items               text[] not null,
    based_on_revision   int not null,
    updated_at          timestamptz not null,
    unique (market_code, language)
);
