-- Names up to 245 characters, as WordPress allows. Room for twice the limit, as in V7: H2 counts a column's length
-- in UTF-16 units, and a name of 245 emoji is 490 of them.
alter table comment alter column author_name set data type varchar(490);
