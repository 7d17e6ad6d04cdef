-- The moderation queue is read oldest first, ties broken by id: with id in the index the
-- database walks the index in order instead of sorting every pending comment for each page.
drop index comment_status_created;
create index comment_status_created_id on comment (status, created_at, id);
