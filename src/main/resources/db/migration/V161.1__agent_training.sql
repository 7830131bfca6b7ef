-- Training records per agent (issue 17, training and empowerment): a course taken, in its
-- language, on a day; optionally a language certification that claims a CEFR level. A
-- certification waits for a supervisor's review; approval raises the agent's skill in that
-- language (agent_languages) to the certified level, never lowers it.
create table agent_training (
    id                    uuid primary key,
    agent_id              uuid not null references agents (id) on delete cascade,
    course_title          varchar(300) not null,
    course_language       varchar(35) not null,
    completed_on          date not null,
    cert_language         varchar(35),
    cert_level            varchar(10),
    cert_reference        varchar(200),
    cert_status           varchar(20),
    reviewed_by           uuid,
    reviewed_at           timestamptz,
    review_note           varchar(2000),
    recorded_by           uuid,
    created_at            timestamptz not null,
    version               bigint not null,
    check ((cert_language is null) = (cert_level is null)),
    check ((cert_language is null) = (cert_status is null)),
    check (cert_level is null or cert_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    check (cert_status is null or cert_status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index agent_training_agent_idx on agent_training (agent_id, completed_on desc);
create index agent_training_pending_idx on agent_training (created_at) where cert_status = 'PENDING';
