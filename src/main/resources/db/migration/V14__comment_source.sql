-- Where an imported comment came from: its export's format ('wordpress', 'disqus') and its id there. The
-- primary key makes an import idempotent: a comment already imported is found and not stored again, and a
-- WordPress form's numeric comment_parent finds the comment it answers. A row stays when its comment is
-- deleted, so that importing the same export again does not bring back what a moderator deleted.
create table comment_source (
    format     varchar(16)  not null,
    source_id  varchar(100) not null,
    comment_id uuid         not null,
    primary key (format, source_id)
);

create index comment_source_comment on comment_source (comment_id);
