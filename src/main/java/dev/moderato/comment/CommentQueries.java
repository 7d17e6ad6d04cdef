package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pages and counts of stored comments: the readers' threads and the moderators' queues.
 *
 * <p>Each ordered query names its index's columns in order, the column fixed by the query first: H2 then reads
 * the index in order instead of sorting every match (it does not skip equality-bound columns by itself).
 */
@ApplicationScoped
public class CommentQueries {

    /** By the (published_thread, created_at, id) index: a thread's approved comments, oldest first. */
    private static final String PUBLISHED = "select " + CommentRows.COLUMNS + " from comment where published_thread = ?"
            + " order by published_thread, created_at, id";

    private final Sql sql;

    CommentQueries(Sql sql) {
        this.sql = sql;
    }

    public List<Comment> approvedInThread(String thread, int page, int size) {
        return page(PUBLISHED, page, size, thread);
    }

    public long countApprovedInThread(String thread) {
        return sql.number("select count(*) from comment where published_thread = ?", thread);
    }

    /** The approved comments of each thread that has any; the others are missing from the answer. */
    public Map<String, Long> countApprovedInThreads(Collection<String> threads) {
        if (threads.isEmpty()) {
            return Map.of();
        }
        return sql.list("select published_thread, count(*) from comment where published_thread in ("
                                + Sql.placeholders(threads.size()) + ") group by published_thread",
                        row -> Map.entry(row.getString(1), row.getLong(2)), threads.toArray())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * One page of the moderators' queue, with every comment's reasons (one query for the whole page): comments
     * with this status, oldest first, in one thread unless it is null, with one screening reason unless it is
     * null. Approved comments of a thread come from the readers' index; the other statuses of a thread are picked
     * from the status's queue in order, which no index keyed by thread slows down at every submission.
     */
    public List<Comment> queue(CommentStatus status, String thread, String reason, int page, int size) {
        QueueFilter filter = QueueFilter.of(status, thread, reason);
        List<Comment> comments = page("select " + CommentRows.COLUMNS + " from comment where " + filter.where()
                + " order by " + filter.order(), page, size, filter.keys());
        CommentRows.loadReasons(sql, comments);
        return comments;
    }

    /** Comments with this status (in this thread, with this reason, unless null), counted no further than {@code limit}. */
    public long countUpTo(long limit, CommentStatus status, String thread, String reason) {
        QueueFilter filter = QueueFilter.of(status, thread, reason);
        return countUpTo(limit, filter.where(), filter.keys());
    }

    public long countUpTo(long limit, CommentStatus status, String thread) {
        return countUpTo(limit, status, thread, null);
    }

    /** The where clause of a queue and the index order it reads in: the (published_thread, created_at, id) index's or the (status, created_at, id) index's. */
    private record QueueFilter(String where, String order, Object[] keys) {

        static QueueFilter of(CommentStatus status, String thread, String reason) {
            QueueFilter filter;
            if (thread == null) {
                filter = new QueueFilter("status = ?", "status, created_at, id", new Object[] {status});
            } else if (status == CommentStatus.APPROVED) {
                filter = new QueueFilter("published_thread = ?", "published_thread, created_at, id", new Object[] {thread});
            } else {
                filter = new QueueFilter("status = ? and thread = ?", "status, created_at, id", new Object[] {status, thread});
            }
            return reason == null ? filter : new QueueFilter(filter.where()
                    + " and exists (select 1 from comment_reason r where r.comment_id = comment.id and r.code = ?)",
                    filter.order(), append(filter.keys(), reason));
        }
    }

    public Map<CommentStatus, Long> countsByStatus() {
        Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
        sql.list("select status, count(*) from comment group by status",
                        row -> Map.entry(CommentStatus.valueOf(row.getString(1)), row.getLong(2)))
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    /**
     * When the comment at the head of the pending queue was written: the queue's first entry in its index. Not
     * {@code min(created_at)}: H2 answers that by reading every pending comment, the millions of a spam wave each
     * time the queue gauges are refreshed.
     */
    public Optional<Instant> oldestPendingAt() {
        return sql.first("select created_at from comment where status = ? order by status, created_at, id limit 1",
                row -> Sql.instant(row, "created_at"), CommentStatus.PENDING);
    }

    private long countUpTo(long limit, String where, Object... keys) {
        return sql.number("select count(*) from (select 1 from comment where " + where + " limit ?) capped",
                append(keys, limit));
    }

    /** One page of an ordered query's comments; nothing past the end of any result, where the offset would overflow. */
    private List<Comment> page(String query, int page, int size, Object... keys) {
        if ((long) page * size > Integer.MAX_VALUE) {
            return List.of();
        }
        return sql.list(query + " limit ? offset ?", CommentRows::read, append(keys, size, page * size));
    }

    private static Object[] append(Object[] keys, Object... more) {
        Object[] parameters = Arrays.copyOf(keys, keys.length + more.length);
        System.arraycopy(more, 0, parameters, keys.length, more.length);
        return parameters;
    }

    /** The id of every stored comment, in the order of {@link #forEachByThread}. */
    public void forEachIdByThread(java.util.function.Consumer<java.util.UUID> each) {
        sql.forEach("select id from comment order by thread, created_at, id", row -> Sql.uuid(row, "id"), each);
    }

    /** Every stored comment (without reasons), thread by thread, oldest first in each: what an export writes. */
    public void forEachByThread(java.util.function.Consumer<Comment> each) {
        sql.forEach("select " + CommentRows.COLUMNS + " from comment order by thread, created_at, id", CommentRows::read, each);
    }
}
