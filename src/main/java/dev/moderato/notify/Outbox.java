package dev.moderato.notify;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Ids;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox, the {@code outbox_event} table: one row per change to a comment, written in the
 * transaction of that change, so that a committed change always has its event and a rolled-back one never does.
 * A row holds no personal data: the comment's id, thread and status. The {@link NotificationWorker} turns rows
 * into deliveries and deletes them. While no webhook endpoint is enabled nothing is written: an event nobody
 * can receive would cost every submission an insert and a delete, and an endpoint receives the changes made
 * from its registration on. Whether one is enabled is read in the change's own transaction, one indexed query
 * per group commit or decision, so no replica writes from a stale belief.
 */
@ApplicationScoped
public class Outbox {

    /** One change waiting to be dispatched. */
    public record Event(UUID id, EventType type, UUID commentId, String thread, CommentStatus status, Instant occurredAt) {
    }

    private static final String ANY_ENABLED = "select 1 from webhook_endpoint where enabled = true fetch first 1 rows only";
    private static final String INSERT =
            "insert into outbox_event (id, type, comment_id, thread, status, occurred_at) values (?, ?, ?, ?, ?, ?)";

    private final Sql sql;

    Outbox(Sql sql) {
        this.sql = sql;
    }

    /** The {@code comment.created} events of new comments, on the group commit's connection; the caller commits. */
    public void created(Connection connection, List<Comment> comments) throws SQLException {
        if (comments.isEmpty() || !anyEnabled(connection)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Comment comment : comments) {
                Object[] values = values(EventType.CREATED, comment, comment.createdAt);
                for (int i = 0; i < values.length; i++) {
                    Sql.bind(insert, i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** An event in the caller's transaction. */
    public void append(EventType type, Comment comment, Instant at) {
        if (sql.exists(ANY_ENABLED)) {
            sql.update(INSERT, values(type, comment, at));
        }
    }

    private static boolean anyEnabled(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ANY_ENABLED); ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /**
     * The oldest events no other transaction holds, locked until the caller's transaction ends: with several
     * replicas, each event is dispatched by one of them, and one that dies mid-way releases its rows with its connection.
     */
    List<Event> claim(int limit) {
        // Picked in the index's order before they are locked: H2 locks every row a locking query reads.
        return sql.list("select id, type, comment_id, thread, status, occurred_at from outbox_event where id in"
                + " (select id from outbox_event order by occurred_at fetch first " + limit + " rows only)"
                + " for update skip locked", Outbox::read);
    }

    void delete(List<UUID> ids) {
        if (!ids.isEmpty()) {
            sql.update("delete from outbox_event where id in (" + Sql.placeholders(ids.size()) + ")", ids.toArray());
        }
    }

    long size() {
        return sql.number("select count(*) from outbox_event");
    }

    private static Object[] values(EventType type, Comment comment, Instant at) {
        return new Object[] {Ids.next(), type.wireName(), comment.id, comment.thread, comment.status, at};
    }

    private static Event read(ResultSet row) throws SQLException {
        String status = row.getString("status");
        return new Event(Sql.uuid(row, "id"), EventType.of(row.getString("type")).orElseThrow(),
                Sql.uuid(row, "comment_id"), row.getString("thread"),
                status == null ? null : CommentStatus.valueOf(status), Sql.instant(row, "occurred_at"));
    }
}
