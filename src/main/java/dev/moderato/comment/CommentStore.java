package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the {@code comment} and {@code comment_reason} tables, and reads single comments. Changes run in
 * the caller's transaction; new comments are inserted on the group commit's own connection, in batches:
 * the one path that runs for every submission, where a statement reused across the batch costs a few
 * microseconds a row and the batch goes to the database in one round trip.
 */
@ApplicationScoped
public class CommentStore {

    private static final String INSERT_REASON =
            "insert into comment_reason (comment_id, position, code, detail, status, thread, created_at) values (?, ?, ?, ?, ?, ?, ?)";
    // A post is compared by the address it is compared (email_key): the same person whatever capitals they typed.
    private static final String RECENT = "select id, thread, email_key, body, created_at from comment"
            + " where status = ? and created_at > ? order by created_at desc limit ?";
    private static final String FIND_EARLIER =
            "select id, thread, email_key, body, created_at from comment where id = ? and created_at > ?";

    private final Sql sql;

    CommentStore(Sql sql) {
        this.sql = sql;
    }

    /** Whether an approved comment with this id is in this thread: what a reply may answer. */
    public boolean isApprovedIn(UUID id, String thread) {
        return sql.exists("select 1 from comment where id = ? and thread = ? and status = ?",
                id, thread, CommentStatus.APPROVED);
    }

    /**
     * The comment imported from a WordPress export with this numeric id ({@code comment_ID}), if it is still stored,
     * and in {@code thread} when one is given: what a WordPress form's numeric {@code comment_parent} answers.
     */
    public Optional<UUID> findIdByWordPressId(String thread, long wordPressId) {
        String imported = "select c.id from comment_source s join comment c on c.id = s.comment_id"
                + " where s.format = 'wordpress' and s.source_id = ?";
        return thread == null
                ? sql.first(imported, row -> Sql.uuid(row, "id"), Long.toString(wordPressId))
                : sql.first(imported + " and c.thread = ?", row -> Sql.uuid(row, "id"), Long.toString(wordPressId), thread);
    }

    /** The comment with its reasons. */
    public Optional<Comment> find(UUID id) {
        return withReasons(sql.first("select " + CommentRows.COLUMNS + " from comment where id = ?",
                CommentRows::read, id));
    }

    /** Those of these comments still stored, with their reasons, in no particular order. */
    public List<Comment> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Comment> found = sql.list("select " + CommentRows.COLUMNS + " from comment where id in ("
                + Sql.placeholders(ids.size()) + ")", CommentRows::read, ids.toArray());
        CommentRows.loadReasons(sql, found);
        return found;
    }

    /** The comment with its reasons, its row locked until the transaction ends: changes to it queue behind. */
    public Optional<Comment> lock(UUID id) {
        return withReasons(sql.first("select " + CommentRows.COLUMNS + " from comment where id = ? for update",
                CommentRows::read, id));
    }

    /**
     * Writes the comment's status, decision, content and published thread; its version goes up by one. Its reasons'
     * copy of the status follows: a reason's queue is read from them.
     */
    public void update(Comment comment) {
        if (!comment.reasons.isEmpty()) {
            sql.update("update comment_reason set status = ? where comment_id = ? and status <> ?",
                    comment.status, comment.id, comment.status);
        }
        sql.update("update comment set author_name = ?, website = ?, body = ?, status = ?, published_thread = ?,"
                        + " decided_at = ?, decided_by = ?, version = version + 1 where id = ?",
                comment.name, comment.website, comment.body, comment.status, comment.publishedThread(),
                comment.decidedAt, comment.decidedBy, comment.id);
        comment.version++;
    }

    /** Removes the comment and its reasons. */
    public void delete(UUID id) {
        sql.update("delete from comment_reason where comment_id = ?", id);
        sql.update("delete from comment where id = ?", id);
    }

    /** Inserts new comments and their screening reasons on this connection; the caller commits. */
    public void insert(Connection connection, List<Comment> comments) throws SQLException {
        try (PreparedStatement insertComment = connection.prepareStatement(CommentRows.INSERT);
             PreparedStatement insertReason = connection.prepareStatement(INSERT_REASON)) {
            boolean anyReason = false;
            for (Comment comment : comments) {
                CommentRows.bindInsert(insertComment, comment);
                insertComment.addBatch();
                for (int position = 0; position < comment.reasons.size(); position++) {
                    Reason reason = comment.reasons.get(position);
                    Sql.bind(insertReason, 1, comment.id);
                    insertReason.setInt(2, position);
                    insertReason.setString(3, reason.code());
                    insertReason.setString(4, reason.detail());
                    Sql.bind(insertReason, 5, comment.status);
                    Sql.bind(insertReason, 6, comment.thread);
                    Sql.bind(insertReason, 7, comment.createdAt);
                    insertReason.addBatch();
                    anyReason = true;
                }
            }
            insertComment.executeBatch();
            if (anyReason) {
                insertReason.executeBatch();
            }
        }
    }

    /**
     * Up to {@code limit} comments of each status created since {@code since}, newest first within a status,
     * with what makes two posts the same (thread, email, body) and no more.
     */
    public List<Comment> recent(Connection connection, Instant since, int limit) throws SQLException {
        List<Comment> recent = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RECENT)) {
            for (CommentStatus status : CommentStatus.values()) {
                Sql.bind(query, 1, status);
                Sql.bind(query, 2, since);
                query.setInt(3, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        recent.add(postOf(rows));
                    }
                }
            }
        }
        return recent;
    }

    /** Looks up, one comment after another on one statement, earlier posts that may have been repeated. */
    public EarlierPosts earlierPosts(Connection connection) throws SQLException {
        return new EarlierPosts(connection.prepareStatement(FIND_EARLIER));
    }

    public static final class EarlierPosts implements AutoCloseable {

        private final PreparedStatement finder;

        private EarlierPosts(PreparedStatement finder) {
            this.finder = finder;
        }

        /** The comment {@code earlier}, with its thread, email and body, if it is still stored and created since {@code since}. */
        public Optional<Comment> find(UUID earlier, Instant since) throws SQLException {
            Sql.bind(finder, 1, earlier);
            Sql.bind(finder, 2, since);
            try (ResultSet found = finder.executeQuery()) {
                return found.next() ? Optional.of(postOf(found)) : Optional.empty();
            }
        }

        @Override
        public void close() throws SQLException {
            finder.close();
        }
    }

    /** The columns that make two posts the same, and when the comment was written. */
    private static Comment postOf(ResultSet row) throws SQLException {
        Comment comment = new Comment();
        comment.id = Sql.uuid(row, "id");
        comment.thread = row.getString("thread");
        comment.email = row.getString("email_key");
        comment.body = row.getString("body");
        comment.createdAt = Sql.instant(row, "created_at");
        return comment;
    }

    private Optional<Comment> withReasons(Optional<Comment> comment) {
        comment.ifPresent(found -> CommentRows.loadReasons(sql, List.of(found)));
        return comment;
    }
}
