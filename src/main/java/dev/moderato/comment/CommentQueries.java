package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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

    /** Every column a read maps back, of the comment table named {@code c}. */
    private static final String QUALIFIED = Arrays.stream(CommentRows.COLUMNS.split(", "))
            .map(column -> "c." + column).collect(Collectors.joining(", "));

    private final Sql sql;

    CommentQueries(Sql sql) {
        this.sql = sql;
    }

    public List<Comment> approvedInThread(String thread, int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            return List.of(); // past the end of any result, where the offset would overflow
        }
        return sql.list(PUBLISHED + " limit ? offset ?", CommentRows::read, thread, size, page * size);
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
     * Up to {@code size} comments of the moderators' queue, with every comment's reasons (one query for the whole
     * page): comments with this status, in one thread unless it is null, with one screening reason unless it is
     * null, in this order; after {@code after} when it is given, else past {@code offset} comments. Each filter
     * has an index that yields its comments in order (see V10), so that a page after a position reads no more
     * than the page, however deep in the queue it is.
     */
    public List<Comment> queue(CommentStatus status, String thread, String reason, QueueOrder order,
                               QueuePosition after, int offset, int size) {
        Source source = Source.of(status, thread, reason, order);
        List<Comment> comments = order == QueueOrder.OLDEST
                ? oldestFirst(source, after, offset, size)
                : byScore(source, after, offset, size);
        CommentRows.loadReasons(sql, comments);
        return comments;
    }

    /** Comments matching the filter, counted no further than {@code limit}. */
    public long countUpTo(long limit, CommentStatus status, String thread, String reason) {
        Source source = Source.of(status, thread, reason, QueueOrder.OLDEST);
        return sql.number("select count(*) from (select 1 from " + source.from() + " where " + source.where()
                + " limit ?) capped", append(source.keys(), limit));
    }

    public long countUpTo(long limit, CommentStatus status, String thread) {
        return countUpTo(limit, status, thread, null);
    }

    private List<Comment> oldestFirst(Source source, QueuePosition after, int offset, int size) {
        Source read = after == null ? source : source.and(source.createdAt() + " >= ? and not (" + source.createdAt()
                + " = ? and " + source.id() + " <= ?)", after.createdAt(), after.createdAt(), after.id());
        return read(read, read.prefix() + ", " + read.createdAt() + ", " + read.id(), offset, size);
    }

    /** Scored comments highest first, then the unscored ones oldest first: two ranges of the score index. */
    private List<Comment> byScore(Source source, QueuePosition after, int offset, int size) {
        String order = source.prefix() + ", c.spam_score desc nulls last, c.created_at, c.id";
        // The score index serves the whole status's queue. Within a thread or a reason, the score is compared through
        // an expression, which no index serves: H2 then reads the thread's (or reason's) range and sorts it, instead of
        // walking the status's score index and filtering out every other thread.
        String score = source.prefix().equals("c.status") ? "c.spam_score" : "coalesce(c.spam_score, -1)";
        String scoredOnly = score.equals("c.spam_score") ? "c.spam_score is not null" : score + " >= 0";
        String unscoredOnly = score.equals("c.spam_score") ? "c.spam_score is null" : score + " < 0";
        List<Comment> comments = new ArrayList<>();
        int unscoredOffset = offset;
        if (after == null || after.score() != null) {
            Source scored = source.and(scoredOnly);
            if (after != null) {
                scored = scored.and(score + " <= ? and not (c.spam_score = ? and (c.created_at < ?"
                                + " or (c.created_at = ? and c.id <= ?)))", after.score(), after.score(),
                        after.createdAt(), after.createdAt(), after.id());
            }
            comments.addAll(read(scored, order, offset, size));
            if (comments.isEmpty() && offset > 0) {
                unscoredOffset = (int) Math.max(0, offset - sql.number("select count(*) from " + scored.from()
                        + " where " + scored.where(), scored.keys()));
            } else {
                unscoredOffset = 0;
            }
        }
        if (comments.size() < size) {
            Source unscored = source.and(unscoredOnly);
            if (after != null && after.score() == null) {
                unscored = unscored.and("c.created_at >= ? and not (c.created_at = ? and c.id <= ?)",
                        after.createdAt(), after.createdAt(), after.id());
            }
            comments.addAll(read(unscored, order, unscoredOffset, size - comments.size()));
        }
        return comments;
    }

    /** One page of a source's comments in this order; nothing past the end of any result, where the offset would overflow. */
    private List<Comment> read(Source source, String order, int offset, int size) {
        if (source.reasonIndex()) {
            List<UUID> ids = sql.list("select r.comment_id from " + source.from() + " where " + source.where()
                    + " order by " + order + " limit ? offset ?", row -> Sql.uuid(row, "comment_id"),
                    append(source.keys(), size, offset));
            return inOrder(ids);
        }
        return sql.list("select " + QUALIFIED + " from " + source.from() + " where " + source.where()
                + " order by " + order + " limit ? offset ?", CommentRows::read, append(source.keys(), size, offset));
    }

    private List<Comment> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Comment> found = new HashMap<>();
        sql.list("select " + QUALIFIED + " from comment c where c.id in (" + Sql.placeholders(ids.size()) + ")",
                CommentRows::read, ids.toArray()).forEach(comment -> found.put(comment.id, comment));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Where a queue's comments are read from, and the index order that yields them: the (status, created_at, id)
     * index, the (published_thread, created_at, id) index for a thread's approved comments, the (status, thread,
     * created_at, id) index for a thread's other statuses, the (status, spam_score, created_at, id) index by score,
     * or the reasons' (code, status, [thread,] created_at, comment_id) indexes for one reason. By score, a reason
     * is checked on each comment of the status's or thread's queue: the database sorts what matches.
     */
    private record Source(String from, String where, String prefix, String createdAt, String id, Object[] keys,
                          boolean reasonIndex) {

        static Source of(CommentStatus status, String thread, String reason, QueueOrder order) {
            if (reason != null && order == QueueOrder.OLDEST) {
                return thread == null
                        ? new Source("comment_reason r", "r.code = ? and r.status = ?", "r.code, r.status",
                                "r.created_at", "r.comment_id", new Object[] {reason, status}, true)
                        : new Source("comment_reason r", "r.code = ? and r.status = ? and r.thread = ?",
                                "r.code, r.status, r.thread", "r.created_at", "r.comment_id",
                                new Object[] {reason, status, thread}, true);
            }
            Source source;
            if (thread == null) {
                source = new Source("comment c", "c.status = ?", "c.status", "c.created_at", "c.id",
                        new Object[] {status}, false);
            } else if (status == CommentStatus.APPROVED) {
                source = new Source("comment c", "c.published_thread = ?", "c.published_thread", "c.created_at",
                        "c.id", new Object[] {thread}, false);
            } else {
                source = new Source("comment c", "c.status = ? and c.thread = ?", "c.status, c.thread",
                        "c.created_at", "c.id", new Object[] {status, thread}, false);
            }
            return reason == null ? source : source.and("exists (select 1 from comment_reason r"
                    + " where r.comment_id = c.id and r.code = ?)", reason);
        }

        Source and(String condition, Object... more) {
            return new Source(from, where + " and " + condition, prefix, createdAt, id, append(keys, more), reasonIndex);
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
