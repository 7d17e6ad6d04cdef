-- Notifications (notify package). Portable between H2 and PostgreSQL.

-- Where webhooks go. The secret signs every delivery, so it is kept as it was shown (once) to the administrator;
-- after a rotation the previous one signs too, until previous_secret_until.
create table webhook_endpoint (
    id                    uuid          not null primary key,
    url                   varchar(2000) not null,
    events                varchar(400)  not null,
    secret                varchar(100)  not null,
    previous_secret       varchar(100),
    previous_secret_until timestamp with time zone,
    enabled               boolean       not null,
    disabled_reason       varchar(200),
    failing_since         timestamp with time zone,
    created_at            timestamp with time zone not null
);

-- The transactional outbox: one row per change, written in the transaction of the change (the submissions'
-- group commit included), holding no personal data. A worker turns each into deliveries and deletes it.
create table outbox_event (
    id          uuid         not null primary key,
    type        varchar(40)  not null,
    comment_id  uuid         not null,
    thread      varchar(400) not null,
    status      varchar(16),
    occurred_at timestamp with time zone not null
);

create index outbox_event_occurred on outbox_event (occurred_at);

-- One event to one endpoint: the retry state while pending, then the delivery log (bounded per endpoint).
-- A replica claims a row until claimed_until; a crashed replica's claims are taken over once that has passed.
create table webhook_delivery (
    id              uuid        not null primary key,
    endpoint_id     uuid        not null,
    event_id        uuid        not null,
    event_type      varchar(40) not null,
    payload         varchar     not null,
    state           varchar(16) not null,
    attempts        integer     not null,
    next_attempt_at timestamp with time zone,
    claimed_by      varchar(100),
    claimed_until   timestamp with time zone,
    last_attempt_at timestamp with time zone,
    last_status     integer,
    last_error      varchar(200),
    created_at      timestamp with time zone not null,
    constraint webhook_delivery_endpoint foreign key (endpoint_id) references webhook_endpoint (id) on delete cascade
);

create index webhook_delivery_due on webhook_delivery (state, next_attempt_at);
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at);

-- When the moderators' digest last went out: the replica that moves this forward sends the next one, so there is
-- at most one per interval whatever the number of replicas.
create table notify_state (
    name varchar(40) not null primary key,
    at   timestamp with time zone not null
);

insert into notify_state (name, at) values ('moderator-digest', timestamp with time zone '1970-01-01 00:00:00+00');
