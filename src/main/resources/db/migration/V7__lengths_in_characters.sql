-- Limits count characters as people see them (code points), and H2 counts a column's length in UTF-16
-- units: a name of 100 emoji is 200 of them. Room for twice the limit, so that every text the validation
-- accepts is one the database takes (PostgreSQL counts code points, where this changes nothing).
alter table comment alter column thread set data type varchar(400);
alter table comment alter column published_thread set data type varchar(400);
alter table comment alter column author_name set data type varchar(200);
alter table comment alter column email set data type varchar(508);
alter table comment alter column website set data type varchar(400);
alter table thread_setting alter column thread set data type varchar(400);
alter table thread_activity alter column thread set data type varchar(400);
alter table trusted_author alter column email set data type varchar(508);
