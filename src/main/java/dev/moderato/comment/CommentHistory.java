package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail of comments, the {@code comment_event} table: what was done to each, by whom, when.
 * Written in the caller's transaction, or with the new comments on the group commit's connection.
 */
@ApplicationScoped
public class CommentHistory {

    private final Sql sql;

    CommentHistory(Sql sql) {
        this.sql = sql;
    }

    private static final String INSERT = "insert into comment_event (id, comment_id, at, actor, action, from_status,"
            + " to_status, reason) values (?, ?, ?, ?, ?, ?, ?, ?)";

    public void record(UUID commentId, Instant at, String actor, String action, CommentStatus from, CommentStatus to,
                       String reason) {
        sql.update(INSERT, values(CommentEvent.of(commentId, at, actor, action, from, to, reason)));
    }

    /** Inserts these entries on this connection, in one batch; the caller commits. */
    public void insert(Connection connection, List<CommentEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CommentEvent event : events) {
                Object[] values = values(event);
                for (int i = 0; i < values.length; i++) {
                    Sql.bind(insert, i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Writes these entries, in the caller's transaction, in one batch. */
    public void recordAll(List<CommentEvent> events) {
        sql.batch(INSERT, events.stream().map(CommentHistory::values).toList());
    }

    /** The entries of these comments, each comment's oldest first. */
    public List<CommentEvent> ofAll(Collection<UUID> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        return sql.list("select id, comment_id, at, actor, action, from_status, to_status, reason from comment_event"
                + " where comment_id in (" + Sql.placeholders(commentIds.size()) + ") order by comment_id, at, id",
                CommentHistory::read, commentIds.toArray());
    }

    /** Oldest first. */
    public List<CommentEvent> of(UUID commentId) {
        return sql.list("select id, comment_id, at, actor, action, from_status, to_status, reason from comment_event"
                + " where comment_id = ? order by at, id", CommentHistory::read, commentId);
    }

    /** How many comments moderators (not screening) approved, rejected or marked as spam on one UTC day. */
    public record DayCount(LocalDate day, String action, long count) {
    }

    /** Moderators' decisions per UTC day and action since {@code since}, for the dashboard's chart. */
    public List<DayCount> decisionsPerDay(Instant since) {
        // Days counted from the epoch in seconds, not cast to a date: no session time zone can shift a decision's day.
        String day = "cast(floor(extract(epoch from at) / 86400) as bigint)";
        return sql.list("select " + day + " as epoch_day, action, count(*) as decisions from comment_event"
                        + " where at >= ? and actor <> ? and action in ('approve', 'reject', 'spam')"
                        + " group by " + day + ", action",
                row -> new DayCount(LocalDate.ofEpochDay(row.getLong("epoch_day")), row.getString("action"),
                        row.getLong("decisions")),
                since, CommentEvent.SYSTEM);
    }

    /** Reasons are free text that may name the commenter: they go with the comment. */
    public void forgetReasons(UUID commentId) {
        sql.update("update comment_event set reason = null where comment_id = ?", commentId);
    }

    /** The reasons of these comments' entries, free text that may name the commenter: erased or purged with them. */
    public void forgetReasons(Collection<UUID> commentIds) {
        if (!commentIds.isEmpty()) {
            sql.update("update comment_event set reason = null where comment_id in (" + Sql.placeholders(commentIds.size())
                    + ") and reason is not null", commentIds.toArray());
        }
    }

    private static Object[] values(CommentEvent event) {
        return new Object[] {event.id, event.commentId, event.at, event.actor, event.action, event.fromStatus,
                event.toStatus, event.reason};
    }

    private static CommentEvent read(ResultSet row) throws SQLException {
        CommentEvent event = new CommentEvent();
        event.id = Sql.uuid(row, "id");
        event.commentId = Sql.uuid(row, "comment_id");
        event.at = Sql.instant(row, "at");
        event.actor = row.getString("actor");
        event.action = row.getString("action");
        event.fromStatus = status(row.getString("from_status"));
        event.toStatus = status(row.getString("to_status"));
        event.reason = row.getString("reason");
        return event;
    }

    private static CommentStatus status(String name) {
        return name == null ? null : CommentStatus.valueOf(name);
    }
}
