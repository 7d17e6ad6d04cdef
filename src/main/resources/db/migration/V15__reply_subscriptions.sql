-- Reply notifications (notify package, docs/notifications.md). Portable between H2 and PostgreSQL.

-- A commenter's wish to hear of replies to one comment, stored with the comment in the group commit. The token is
-- the subscriber's only credential (random, in the mails' links); email is the address as it is compared (lower
-- case), language the one the submission was read in. Unconfirmed until the link's page is posted. It goes with its
-- comment, whoever deletes that (a moderator, the purge of spam and rejected comments).
create table reply_subscription (
    token        varchar(64)  not null primary key,
    comment_id   uuid         not null references comment (id) on delete cascade,
    thread       varchar(400) not null,
    email        varchar(508) not null,
    language     varchar(8)   not null,
    confirmed_at timestamp with time zone,
    created_at   timestamp with time zone not null
);

create index reply_subscription_comment on reply_subscription (comment_id);
create index reply_subscription_email on reply_subscription (email, thread);

-- Mails to send, written in the transaction that causes them (a subscription, an approved reply), sent by a worker
-- and deleted once the server took them; a failure is tried again later. No address here: it is read from the
-- subscription when the mail goes, so an unsubscribe or an erasure in between sends nothing. reply_id is the
-- approved reply, or for a confirmation the subscribed comment itself.
create table reply_mail (
    token           varchar(64) not null references reply_subscription (token) on delete cascade,
    reply_id        uuid        not null,
    kind            varchar(16) not null,
    attempts        integer     not null,
    next_attempt_at timestamp with time zone not null,
    created_at      timestamp with time zone not null,
    primary key (token, reply_id)
);

create index reply_mail_due on reply_mail (next_attempt_at);
