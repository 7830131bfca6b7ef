-- Knowledge base: categories (a section is a category with a parent), articles with one
-- source locale, their translations per BCP 47 locale, the source's revisions (for the
-- "what changed since" diff and freshness) and readers' votes.

create table knowledge_categories (
    id          uuid primary key,
    slug        varchar(120) not null unique,
    parent_id   uuid references knowledge_categories (id),
    names       jsonb not null,                 -- BCP 47 tag -> name
    position    int not null,
    created_at  timestamptz not null,
    version     bigint not null
);

create table knowledge_articles (
    id                     uuid primary key,
    source_locale          varchar(35) not null,
    category_id            uuid references knowledge_categories (id),
    markets                text[] not null,      -- ISO 3166-1 alpha-2; empty: every market
    internal               boolean not null,     -- agents only
    revision               int not null,         -- every source edit
    substantive_revision   int not null,         -- the last substantive source edit
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null
);
create index knowledge_articles_category_idx on knowledge_articles (category_id);

create table knowledge_translations (
    id               uuid primary key,
    article_id       uuid not null references knowledge_articles (id) on delete cascade,
    locale           varchar(35) not null,
    title            varchar(300) not null,
    slug             varchar(200) not null,
    body             text not null,             -- Markdown as written
    body_html        text not null,             -- rendered and sanitized
    status           varchar(20) not null,
    author           varchar(300),
    based_on_revision int not null,             -- source revision it was translated from
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null,
    unique (article_id, locale),
    unique (locale, slug)
);

create table knowledge_revisions (
    id          uuid primary key,
    article_id  uuid not null references knowledge_articles (id) on delete cascade,
    revision    int not null,
    kind        varchar(20) not null,
    title       varchar(300) not null,
    body        text not null,
    created_at  timestamptz not null,
    unique (article_id, revision)
);

create table knowledge_votes (
    article_id  uuid not null references knowledge_articles (id) on delete cascade,
    locale      varchar(35) not null,
    helpful     bigint not null,
    unhelpful   bigint not null,
    primary key (article_id, locale)
);
