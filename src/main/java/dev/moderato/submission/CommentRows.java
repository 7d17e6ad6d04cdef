package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;
import dev.moderato.platform.storage.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of one group commit, written with plain JDBC batches: this is the one path that runs
 * for every submission, and a prepared statement reused across the batch costs a few microseconds
 * a row, and the batch goes to the database in one round trip. Every other write goes through
 * {@code dev.moderato.platform.storage.Sql}.
 */
final class CommentRows {

    private static final String FIND_EARLIER =
            "select 1 from comment where id = ? and thread = ? and email = ? and body = ? and created_at > ?";
    private static final String RECENT = "select id, thread, email, body, created_at from comment"
            + " where status = ? and created_at > ? order by created_at desc limit ?";
    private static final String INSERT_COMMENT = "insert into comment (id, thread, parent_id, author_name, email,"
            + " website, body, status, published_thread, ip, user_agent, created_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_FIRST_COMMENT = "insert into thread_activity (thread, first_comment_at)"
            + " select ?, ? where not exists (select 1 from thread_activity where thread = ?)";
    private static final String INSERT_REASON =
            "insert into comment_reason (comment_id, position, code, detail) values (?, ?, ?, ?)";
    private static final String INSERT_EVENT = "insert into comment_event (id, comment_id, at, actor, action,"
            + " from_status, to_status, reason) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private CommentRows() {
    }

    static PreparedStatement earlierFinder(Connection connection) throws SQLException {
        return connection.prepareStatement(FIND_EARLIER);
    }

    /**
     * Whether the comment {@code earlier} is still stored, created since {@code since}, with the same
     * thread, email and body as {@code comment}: then {@code comment} is its duplicate.
     */
    static boolean isStillStored(PreparedStatement finder, UUID earlier, Comment comment, Instant since) throws SQLException {
        finder.setObject(1, earlier);
        finder.setString(2, comment.thread);
        finder.setString(3, comment.email);
        finder.setString(4, comment.body);
        finder.setObject(5, Sql.utc(since));
        try (ResultSet found = finder.executeQuery()) {
            return found.next();
        }
    }

    /** Up to {@code limit} comments of each status created since {@code since}, newest first within a status. */
    static List<Comment> recent(Connection connection, Instant since, int limit) throws SQLException {
        List<Comment> recent = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RECENT)) {
            for (CommentStatus status : CommentStatus.values()) {
                query.setString(1, status.name());
                query.setObject(2, Sql.utc(since));
                query.setInt(3, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Comment comment = new Comment();
                        comment.id = rows.getObject(1, UUID.class);
                        comment.thread = rows.getString(2);
                        comment.email = rows.getString(3);
                        comment.body = rows.getString(4);
                        comment.createdAt = Sql.instant(rows, "created_at");
                        recent.add(comment);
                    }
                }
            }
        }
        return recent;
    }

    /** Inserts the comments, their screening reasons and their audit entries; the caller commits. */
    static void insert(Connection connection, List<Comment> comments, List<CommentEvent> events) throws SQLException {
        try (PreparedStatement insertComment = connection.prepareStatement(INSERT_COMMENT);
             PreparedStatement insertReason = connection.prepareStatement(INSERT_REASON);
             PreparedStatement insertEvent = connection.prepareStatement(INSERT_EVENT)) {
            boolean anyReason = false;
            for (Comment comment : comments) {
                bindComment(insertComment, comment);
                insertComment.addBatch();
                for (int position = 0; position < comment.reasons.size(); position++) {
                    Reason reason = comment.reasons.get(position);
                    insertReason.setObject(1, comment.id);
                    insertReason.setInt(2, position);
                    insertReason.setString(3, reason.code());
                    insertReason.setString(4, reason.detail());
                    insertReason.addBatch();
                    anyReason = true;
                }
            }
            insertComment.executeBatch();
            if (anyReason) {
                insertReason.executeBatch();
            }
            for (CommentEvent event : events) {
                bindEvent(insertEvent, event);
                insertEvent.addBatch();
            }
            if (!events.isEmpty()) {
                insertEvent.executeBatch();
            }
        }
    }

    /**
     * Records the first comment of each of these threads, unless the thread has one already. Another
     * replica may record the same new thread between this statement's check and its insert: its row
     * is kept, and the comments of this batch are stored all the same.
     */
    static void recordFirstComments(Connection connection, Map<String, Instant> firstCommentAt) throws SQLException {
        if (firstCommentAt.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FIRST_COMMENT)) {
            for (Map.Entry<String, Instant> first : firstCommentAt.entrySet()) {
                insert.setString(1, first.getKey());
                insert.setObject(2, Sql.utc(first.getValue()));
                insert.setString(3, first.getKey());
                // One statement each, behind a savepoint: a thread's first comment is recorded once per
                // replica's life, and a lost race must not undo the comments' inserts.
                Savepoint beforeInsert = connection.setSavepoint();
                try {
                    insert.executeUpdate();
                } catch (SQLException lostRace) {
                    if (!Sql.isUniqueViolation(lostRace)) {
                        throw lostRace;
                    }
                    connection.rollback(beforeInsert);
                }
            }
        }
    }

    private static void bindComment(PreparedStatement insert, Comment comment) throws SQLException {
        comment.publishIfApproved();
        insert.setObject(1, comment.id);
        insert.setString(2, comment.thread);
        insert.setObject(3, comment.parentId, Types.OTHER);
        insert.setString(4, comment.name);
        insert.setString(5, comment.email);
        insert.setString(6, comment.website);
        insert.setString(7, comment.body);
        insert.setString(8, comment.status.name());
        insert.setString(9, comment.publishedThread);
        insert.setString(10, comment.ip);
        insert.setString(11, comment.userAgent);
        insert.setObject(12, Sql.utc(comment.createdAt));
    }

    private static void bindEvent(PreparedStatement insert, CommentEvent event) throws SQLException {
        insert.setObject(1, event.id);
        insert.setObject(2, event.commentId);
        insert.setObject(3, Sql.utc(event.at));
        insert.setString(4, event.actor);
        insert.setString(5, event.action);
        insert.setString(6, event.fromStatus == null ? null : event.fromStatus.name());
        insert.setString(7, event.toStatus == null ? null : event.toStatus.name());
        insert.setString(8, event.reason);
    }

}
