-- What moderators taught the learning spam filter: one row per decided comment, "spam" or not, by whom.
-- The text is the comment's own, read by a join: a deleted comment is forgotten with it. Every replica
-- trains its model from these rows; stamp is a random number written with each change, so that the
-- rows' count and sum tell a replica when they changed, whatever its clock says.
create table classifier_example (
    comment_id uuid         not null primary key,
    spam       boolean      not null,
    moderator  varchar(200) not null,
    learned_at timestamp with time zone not null,
    stamp      integer      not null
);

-- Training reads the latest examples of each kind first.
create index classifier_example_spam_learned on classifier_example (spam, learned_at);
