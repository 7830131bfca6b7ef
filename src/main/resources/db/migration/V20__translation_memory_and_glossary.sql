-- Translation memory: every translation made, keyed by the SHA-256 of the source text and
-- the language pair, so the same text is never sent to an engine twice. An agent's
-- correction replaces the engine's result and wins from then on.
create table translation_memory (
    id               uuid primary key,
    source_sha256    varchar(64) not null,
    source_language  varchar(35) not null,
    target_language  varchar(35) not null,
    source_text      text not null,
    result           text not null,
    engine           varchar(40) not null,
    pivot_language   varchar(35),
    corrected_by     uuid,
    corrected_at     timestamptz,
    created_at       timestamptz not null,
    used_at          timestamptz not null,
    constraint translation_memory_key unique (source_sha256, source_language, target_language)
);

-- Glossary per language pair: a term kept as it is (brand and product names, replacement
-- null) or always rendered as the preferred term. target_language '*' applies to every
-- target.
create table glossary_terms (
    id               uuid primary key,
    source_language  varchar(35) not null,
    target_language  varchar(35) not null,
    term             varchar(200) not null,
    replacement      varchar(200),
    created_at       timestamptz not null,
    constraint glossary_terms_key unique (source_language, target_language, term)
);

-- Translations that failed for a passing reason (engine time-out, quota): tried again later
-- until done, so a customer's message is never left untranslated for good.
create table pending_translations (
    source_sha256    varchar(64) not null,
    source_language  varchar(35) not null,
    target_language  varchar(35) not null,
    source_text      text not null,
    attempts         int not null,
    next_attempt_at  timestamptz not null,
    last_error       varchar(1000) not null,
    created_at       timestamptz not null,
    primary key (source_sha256, source_language, target_language)
);
create index pending_translations_due_idx on pending_translations (next_attempt_at);
