package dev.moderato.thread;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.moderato.comment.Comment;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each thread got its first comment, the {@code thread_activity} table: what auto-close counts from,
 * whatever became of that comment. The group commit records it with the comments, and this replica
 * remembers which threads it knows to be recorded, so that it asks once per thread rather than at every
 * comment. A thread forgotten (beyond {@link #MAX_REMEMBERED}, or after a restart) is asked about again,
 * and the database keeps the first time it has.
 */
@ApplicationScoped
public class ThreadActivity {

    static final int MAX_REMEMBERED = 100_000;

    private static final String INSERT_FIRST_COMMENT = "insert into thread_activity (thread, first_comment_at)"
            + " select ?, ? where not exists (select 1 from thread_activity where thread = ?)";

    private final Sql sql;
    private final Cache<String, Boolean> recorded = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).build();

    ThreadActivity(Sql sql) {
        this.sql = sql;
    }

    public Optional<Instant> firstCommentAt(String thread) {
        return sql.first("select first_comment_at from thread_activity where thread = ?",
                row -> Sql.instant(row, "first_comment_at"), thread);
    }

    /** A thread and when its first comment came. */
    public record Started(String thread, Instant firstCommentAt) {
    }

    /** The threads whose first comment came last, newest first: the ones moderators are likely to look for. */
    public List<Started> latest(int limit) {
        return sql.list("select thread, first_comment_at from thread_activity order by first_comment_at desc limit ?",
                row -> new Started(row.getString("thread"), Sql.instant(row, "first_comment_at")), limit);
    }

    /** The earliest comment time of each thread in {@code comments} not known to be recorded. */
    public Map<String, Instant> unrecordedIn(List<Comment> comments) {
        Map<String, Instant> first = new HashMap<>();
        for (Comment comment : comments) {
            if (recorded.getIfPresent(comment.thread) == null) {
                first.merge(comment.thread, comment.createdAt, (one, other) -> one.isBefore(other) ? one : other);
            }
        }
        return first;
    }

    /**
     * Records the first comment of each of these threads on this connection, unless the thread has one
     * already; the caller commits. Another replica may record the same new thread between this statement's
     * check and its insert: its row is kept, and the rest of the transaction stands.
     */
    public void record(Connection connection, Map<String, Instant> firstCommentAt) throws SQLException {
        if (firstCommentAt.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FIRST_COMMENT)) {
            for (Map.Entry<String, Instant> first : firstCommentAt.entrySet()) {
                Sql.bind(insert, 1, first.getKey());
                Sql.bind(insert, 2, first.getValue());
                Sql.bind(insert, 3, first.getKey());
                // One statement each, behind a savepoint: a lost race must not undo the comments' inserts.
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

    /** Call once the transaction that recorded them has committed. */
    public void recorded(Collection<String> threads) {
        threads.forEach(thread -> recorded.put(thread, Boolean.TRUE));
    }
}
