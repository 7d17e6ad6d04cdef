-- Personal data: export, erasure and retention (docs/privacy.md).
-- The address as it is compared (lower case): export, erasure, duplicates and trusted authors find one
-- person whatever capitals were typed. Keyed with the id, so that an export or an erasure walks one
-- index range in pages. Null once the comment is erased.
alter table comment add column email_key varchar(508);
update comment set email_key = lower(email);
create index comment_email_key_id on comment (email_key, id);
-- An erased comment keeps its text and place, not its address.
alter table comment alter column email drop not null;
-- When the comment was erased: its name then shows as "Anonymous" ("Anonyme" in French).
alter table comment add column erased_at timestamp with time zone;
-- When the comment's IP and user agent were stored, null once they are cleared: retention reads one
-- range of this index, which cleared comments leave. New comments append at its end.
alter table comment add column client_data_at timestamp with time zone;
update comment set client_data_at = created_at where ip is not null or user_agent is not null;
create index comment_client_data_at on comment (client_data_at);
-- Trusted authors by the compared address: one row per person, whatever the capitals they typed.
create table trusted_author_key (
    email varchar(508) not null primary key
);
insert into trusted_author_key (email) select distinct lower(email) from trusted_author;
drop table trusted_author;
alter table trusted_author_key rename to trusted_author;
