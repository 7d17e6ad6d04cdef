-- The learning spam filter's score of each comment it scored (0 to 1); null when it did not score it (not yet
-- trained, or turned off). Shown to moderators, and the queue can be read highest first.
alter table comment add column spam_score double precision;

-- A thread's queue of one status, oldest first: a page of it is a range of this index, found without reading the
-- other threads' comments (a spam wave's thread was picked out of the whole status queue, 2-3 s a page).
create index comment_status_thread_created_id on comment (status, thread, created_at, id);

-- The queue by score, highest first, then oldest first; unscored comments last, the same on H2 and PostgreSQL.
create index comment_status_score_created_id on comment (status, spam_score desc nulls last, created_at, id);

-- A reason's queue of one status, oldest first, in one thread or all: each reason row carries its comment's
-- status (kept by the comment's writer), thread and creation time, so that the reason's queue is a range of
-- one index, with or without a thread.
alter table comment_reason add column status varchar(16);
alter table comment_reason add column thread varchar(400);
alter table comment_reason add column created_at timestamp with time zone;
update comment_reason set
    status = (select c.status from comment c where c.id = comment_reason.comment_id),
    thread = (select c.thread from comment c where c.id = comment_reason.comment_id),
    created_at = (select c.created_at from comment c where c.id = comment_reason.comment_id);
create index comment_reason_code_status_created on comment_reason (code, status, created_at, comment_id);
create index comment_reason_code_status_thread_created on comment_reason (code, status, thread, created_at, comment_id);

-- Decisions by filter ("reject everything pending in this thread with reason honeypot"): the moderator's request,
-- stored before it is answered 202, then worked in slices, each its own transaction that also counts its progress
-- here. Only comments created before the job are decided. A replica holds a job while claimed_until is ahead;
-- one that stopped leaves it to the next replica that looks once its claim has run out.
create table decision_job (
    id            uuid         not null primary key,
    action        varchar(16)  not null,
    thread        varchar(400),
    reason_code   varchar(32),
    note          varchar(1000),
    actor         varchar(100) not null,
    created_at    timestamp with time zone not null,
    state         varchar(16)  not null,
    applied       bigint       not null,
    skipped       bigint       not null,
    finished_at   timestamp with time zone,
    claimed_until timestamp with time zone
);

create index decision_job_state on decision_job (state, created_at);
