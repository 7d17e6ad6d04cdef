-- Moderator accounts: HTTP Basic against bcrypt hashes.
create table moderator (
    username      varchar(100) not null primary key,
    password_hash varchar(100) not null,
    role          varchar(16)  not null
);

-- The audit trail. No foreign key: a comment's history outlives the comment itself.
create table comment_event (
    id          uuid         not null primary key,
    comment_id  uuid         not null,
    at          timestamp with time zone not null,
    actor       varchar(100) not null,
    action      varchar(16)  not null,
    from_status varchar(16),
    to_status   varchar(16),
    reason      varchar(500)
);

create index comment_event_comment_at on comment_event (comment_id, at);
