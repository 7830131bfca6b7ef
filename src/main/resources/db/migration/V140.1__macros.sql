-- Macros (saved replies) of the tickets module: a macro has variants per language, one of
-- them the source the others are translated from. A variant remembers the source's
-- revision it was translated from, so a substantive change of the source marks it outdated.
create table macros (
    id uuid primary key,
    name varchar(200) not null,
    source_language varchar(35) not null,
    set_status varchar(20),
    set_priority varchar(20),
    add_tags text[] not null default '{}',
    usage_count bigint not null default 0,
    last_used_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);

create unique index macros_name_unique on macros (lower(name));

create table macro_variants (
    macro_id uuid not null references macros (id) on delete cascade,
    language varchar(35) not null,
    name varchar(200) not null,
    body text not null,
    revision integer not null,
    source_revision integer not null,
    updated_at timestamptz not null,
    primary key (macro_id, language)
);
