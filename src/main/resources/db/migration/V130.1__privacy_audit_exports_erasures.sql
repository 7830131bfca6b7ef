-- Privacy (issue 16): the append-only audit log with its hash chain, subject access
-- exports and erasures.
create table privacy_audit_log (
    seq        bigserial primary key,
    at         timestamptz not null,
    actor      varchar(200) not null,
    action     varchar(100) not null,
    subject    varchar(200) not null,
    prev_hash  varchar(64) not null,
    hash       varchar(64) not null
);
create index privacy_audit_log_subject_idx on privacy_audit_log (subject, seq);
create index privacy_audit_log_at_idx on privacy_audit_log (at);

-- Append-only: the application never changes or deletes an entry (retention runs as a
-- separate role-less statement and re-anchors the chain, see docs/privacy.md).
create function privacy_audit_log_append_only() returns trigger language plpgsql as $$
begin
    if current_setting('meridian.audit_prune', true) = 'on' and tg_op = 'DELETE' then
        return old;
    end if;
    raise exception 'privacy_audit_log is append-only';
end $$;
create trigger privacy_audit_log_no_change before update or delete on privacy_audit_log
    for each row execute function privacy_audit_log_append_only();

create table privacy_exports (
    id              uuid primary key,
    customer_id     uuid not null,
    status          varchar(10) not null check (status in ('running', 'done', 'failed')),
    requested_by    varchar(200) not null,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    error           varchar(1000),
    archive         bytea,
    download_token  varchar(64) unique,
    expires_at      timestamptz,
    downloaded_at   timestamptz
);
create index privacy_exports_customer_idx on privacy_exports (customer_id, status);

create table privacy_erasures (
    id            uuid primary key,
    customer_id   uuid not null,
    status        varchar(10) not null check (status in ('running', 'done', 'failed')),
    requested_by  varchar(200) not null,
    created_at    timestamptz not null,
    finished_at   timestamptz,
    error         varchar(1000),
    removed       jsonb not null default '{}'
);
create unique index privacy_erasures_customer_idx on privacy_erasures (customer_id);
