-- Signed-in moderators of the dashboard. The cookie holds a random token; only its SHA-256 is stored,
-- so that a copy of this table signs no one in. Every replica reads the same rows: a session started
-- on one is known on all, and signing out (deleting the row) ends it everywhere.
create table dashboard_session (
    token_hash   varchar(64)  not null primary key,
    username     varchar(100) not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null
);

-- Sessions of a removed account are ended together; idle ones are purged by age.
create index dashboard_session_username on dashboard_session (username);
create index dashboard_session_last_seen on dashboard_session (last_seen_at);
