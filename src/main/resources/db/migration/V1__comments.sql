-- Portable between H2 and PostgreSQL.
create table comment (
    id          uuid         not null primary key,
    thread      varchar(200) not null,
    parent_id   uuid,
    author_name varchar(100) not null,
    email       varchar(254) not null,
    website     varchar(200),
    body        varchar      not null,
    status      varchar(16)  not null,
    ip          varchar(45),
    user_agent  varchar(512),
    created_at  timestamp with time zone not null,
    version     bigint       not null,
    decided_at  timestamp with time zone,
    decided_by  varchar(100)
);

-- The public list and count: approved comments of a thread, oldest first.
create index comment_thread_status_created on comment (thread, status, created_at, id);
-- The moderation queue: by status, oldest first.
create index comment_status_created on comment (status, created_at);
