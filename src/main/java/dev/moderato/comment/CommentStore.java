package dev.moderato.comment;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and changes stored comments, in the caller's transaction. New comments are not written here but in
 * group commits ({@code submission.CommentWriter}).
 *
 * <p>Each ordered query names its index's columns in order, the column fixed by the query first: H2 then reads
 * the index in order instead of sorting every match (it does not skip equality-bound columns by itself).
 */
@ApplicationScoped
public class CommentStore {

    private static final String COLUMNS = "id, thread, parent_id, author_name, email, website, body, status,"
            + " published_thread, ip, user_agent, created_at, version, decided_at, decided_by";
    /** By the (published_thread, created_at, id) index: a thread's approved comments, oldest first. */
    private static final String PUBLISHED = "select " + COLUMNS + " from comment where published_thread = ?"
            + " order by published_thread, created_at, id";
    /** By the (status, created_at, id) index: the queue of a status, oldest first across threads. */
    private static final String IN_QUEUE = "select " + COLUMNS + " from comment where status = ?"
            + " order by status, created_at, id";
    private static final String IN_THREAD_QUEUE = "select " + COLUMNS + " from comment where status = ? and thread = ?"
            + " order by status, created_at, id";

    private final Sql sql;

    CommentStore(Sql sql) {
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
     * with this status, oldest first, in one thread unless it is null. Approved comments of a thread come from the
     * readers' index; the other statuses of a thread are picked from the status's queue in order, which no index
     * keyed by thread slows down at every submission.
     */
    public List<Comment> queue(CommentStatus status, String thread, int page, int size) {
        List<Comment> comments;
        if (thread == null) {
            comments = page(IN_QUEUE, page, size, status);
        } else if (status == CommentStatus.APPROVED) {
            comments = page(PUBLISHED, page, size, thread);
        } else {
            comments = page(IN_THREAD_QUEUE, page, size, status, thread);
        }
        loadReasons(comments);
        return comments;
    }

    /** Comments with this status (in this thread, unless null), counted no further than {@code limit}. */
    public long countUpTo(long limit, CommentStatus status, String thread) {
        if (thread == null) {
            return countUpTo(limit, "status = ?", status);
        }
        return status == CommentStatus.APPROVED
                ? countUpTo(limit, "published_thread = ?", thread)
                : countUpTo(limit, "status = ? and thread = ?", status, thread);
    }

    private long countUpTo(long limit, String where, Object... keys) {
        return sql.number("select count(*) from (select 1 from comment where " + where + " limit ?) capped",
                append(keys, limit));
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

    /** When the thread got its first comment, whatever became of it: auto-close counts from it. */
    public Optional<Instant> firstCommentAt(String thread) {
        return sql.first("select first_comment_at from thread_activity where thread = ?",
                row -> Sql.instant(row, "first_comment_at"), thread);
    }

    /** Whether an approved comment with this id is in this thread: what a reply may answer. */
    public boolean isApprovedIn(UUID id, String thread) {
        return sql.exists("select 1 from comment where id = ? and thread = ? and status = ?",
                id, thread, CommentStatus.APPROVED);
    }

    /** The comment with its reasons. */
    public Optional<Comment> find(UUID id) {
        return withReasons(sql.first("select " + COLUMNS + " from comment where id = ?", CommentStore::read, id));
    }

    /** The comment with its reasons, its row locked until the transaction ends: changes to it queue behind. */
    public Optional<Comment> lock(UUID id) {
        return withReasons(sql.first("select " + COLUMNS + " from comment where id = ? for update", CommentStore::read, id));
    }

    /** Writes the comment's status, decision, content and published thread; its version goes up by one. */
    public void update(Comment comment) {
        comment.publishIfApproved();
        sql.update("update comment set author_name = ?, website = ?, body = ?, status = ?, published_thread = ?,"
                        + " decided_at = ?, decided_by = ?, version = version + 1 where id = ?",
                comment.name, comment.website, comment.body, comment.status, comment.publishedThread,
                comment.decidedAt, comment.decidedBy, comment.id);
        comment.version++;
    }

    /** Removes the comment and its reasons. */
    public void delete(UUID id) {
        sql.update("delete from comment_reason where comment_id = ?", id);
        sql.update("delete from comment where id = ?", id);
    }

    /** One page of an ordered query's comments; nothing past the end of any result, where the offset would overflow. */
    private List<Comment> page(String query, int page, int size, Object... keys) {
        if ((long) page * size > Integer.MAX_VALUE) {
            return List.of();
        }
        return sql.list(query + " limit ? offset ?", CommentStore::read, append(keys, size, page * size));
    }

    private static Object[] append(Object[] keys, Object... more) {
        Object[] parameters = Arrays.copyOf(keys, keys.length + more.length);
        System.arraycopy(more, 0, parameters, keys.length, more.length);
        return parameters;
    }

    private Optional<Comment> withReasons(Optional<Comment> comment) {
        comment.ifPresent(found -> loadReasons(List.of(found)));
        return comment;
    }

    private void loadReasons(List<Comment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        Map<UUID, Comment> byId = new HashMap<>();
        comments.forEach(comment -> byId.put(comment.id, comment));
        sql.list("select comment_id, code, detail from comment_reason where comment_id in ("
                                + Sql.placeholders(byId.size()) + ") order by comment_id, position",
                        row -> Map.entry(Sql.uuid(row, "comment_id"), new Reason(row.getString("code"), row.getString("detail"))),
                        byId.keySet().toArray())
                .forEach(reason -> byId.get(reason.getKey()).reasons.add(reason.getValue()));
    }

    private static Comment read(ResultSet row) throws SQLException {
        Comment comment = new Comment();
        comment.id = Sql.uuid(row, "id");
        comment.thread = row.getString("thread");
        comment.parentId = Sql.uuid(row, "parent_id");
        comment.name = row.getString("author_name");
        comment.email = row.getString("email");
        comment.website = row.getString("website");
        comment.body = row.getString("body");
        comment.status = CommentStatus.valueOf(row.getString("status"));
        comment.publishedThread = row.getString("published_thread");
        comment.ip = row.getString("ip");
        comment.userAgent = row.getString("user_agent");
        comment.createdAt = Sql.instant(row, "created_at");
        comment.version = row.getLong("version");
        comment.decidedAt = Sql.instant(row, "decided_at");
        comment.decidedBy = row.getString("decided_by");
        return comment;
    }
}
