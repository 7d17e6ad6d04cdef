-- Why automated screening held or flagged a comment, shown to moderators.
create table comment_reason (
    comment_id uuid         not null,
    position   integer      not null,
    code       varchar(32)  not null,
    detail     varchar(200),
    primary key (comment_id, position)
);

-- Per-thread settings; a thread without a row is open, in the default mode.
create table thread_setting (
    thread varchar(200) not null primary key,
    open   boolean      not null,
    mode   varchar(8)   not null
);

-- Word lists managed by administrators: 'disallowed' (spam) and 'moderation' (hold).
create table word_list_entry (
    list varchar(16)  not null,
    word varchar(100) not null,
    primary key (list, word)
);

-- Which lists were seeded from configuration, so an administrator's edits are not undone at restart.
create table word_list_seed (
    list varchar(16) not null primary key
);

-- Duplicate detection and trusted authors look comments up by author email.
create index comment_email_created on comment (email, created_at);
