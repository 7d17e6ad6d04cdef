package dev.moderato.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A stored comment. Never serialised as it is: email, IP and user agent are personal data, so
 * every response is a record built from the fields it may show.
 */
@Entity
public class Comment extends PanacheEntityBase {

    /** The shape of a comment id (a UUID); anything else cannot name a comment. */
    public static final String ID_SHAPE = "\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}";

    /** Time-ordered (UUIDv7) so inserts stay local in the index, with 74 random bits so ids are not guessable. */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String thread;

    public UUID parentId;

    @Column(name = "author_name")
    public String name;

    public String email;

    public String website;

    public String body;

    @Enumerated(EnumType.STRING)
    public CommentStatus status;

    /** The thread while the comment is approved, else null: what the readers' index is keyed by. */
    public String publishedThread;

    public String ip;

    public String userAgent;

    public Instant createdAt;

    @Version
    public long version;

    public Instant decidedAt;

    public String decidedBy;

    /** Loaded for up to a whole queue page at once: {@code quarkus.hibernate-orm.fetch.batch-size}. */
    @ElementCollection
    @CollectionTable(name = "comment_reason", joinColumns = @JoinColumn(name = "comment_id"))
    @OrderColumn(name = "position")
    public List<Reason> reasons = new ArrayList<>();

    /**
     * Oldest first. The column fixed by the query leads the sort so that it names the index's
     * columns in order: H2 then reads the index in order instead of sorting every match (it does
     * not skip equality-bound columns by itself). The order is the same.
     */
    public static final Sort IN_PUBLISHED_ORDER = Sort.by("publishedThread").and("createdAt").and("id");
    /** Oldest first across threads, by the (status, created_at, id) index; see {@link #IN_PUBLISHED_ORDER}. */
    public static final Sort IN_QUEUE_ORDER = Sort.by("status").and("createdAt").and("id");

    /** Keeps {@link #publishedThread} true to the status; Hibernate calls it before each insert and update. */
    @PrePersist
    @PreUpdate
    public void publishIfApproved() {
        publishedThread = status == CommentStatus.APPROVED ? thread : null;
    }

    public static List<Comment> approvedInThread(String thread, int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            return List.of(); // past the end of any thread; Page.of would overflow into a negative offset
        }
        return find("publishedThread = ?1", IN_PUBLISHED_ORDER, thread)
                .page(Page.of(page, size))
                .list();
    }

    public static long countApprovedInThread(String thread) {
        return count("publishedThread = ?1", thread);
    }

    public static Map<String, Long> countApprovedInThreads(Collection<String> threads) {
        return getEntityManager()
                .createQuery("select c.publishedThread, count(c) from Comment c where c.publishedThread in :threads "
                        + "group by c.publishedThread", Object[].class)
                .setParameter("threads", threads)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /**
     * The moderators' queue: comments with this status, oldest first, in one thread unless it is null. Approved
     * comments of a thread come from the readers' index; the other statuses of a thread are picked from the
     * status's queue in order, which no index keyed by thread slows down at every submission.
     */
    public static PanacheQuery<Comment> inQueue(CommentStatus status, String thread) {
        if (thread == null) {
            return find("status = ?1", IN_QUEUE_ORDER, status);
        }
        return status == CommentStatus.APPROVED
                ? find("publishedThread = ?1", IN_PUBLISHED_ORDER, thread)
                : find("status = ?1 and thread = ?2", IN_QUEUE_ORDER, status, thread);
    }

    public static Map<CommentStatus, Long> countsByStatus() {
        return getEntityManager()
                .createQuery("select c.status, count(c) from Comment c group by c.status", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (CommentStatus) row[0], row -> (Long) row[1]));
    }

    /**
     * When the comment at the head of the pending queue was written: the queue's first entry in its index. Not
     * {@code min(createdAt)}: H2 answers that by reading every pending comment, the millions of a spam wave each
     * time the queue gauges are refreshed.
     */
    public static Optional<Instant> oldestPendingAt() {
        return inQueue(CommentStatus.PENDING, null).<Comment>firstResultOptional().map(comment -> comment.createdAt);
    }

    public static Optional<Instant> firstCommentAt(String thread) {
        return ThreadActivity.<ThreadActivity>findByIdOptional(thread).map(activity -> activity.firstCommentAt);
    }

    /** Comments with this status (in this thread, unless null), counted no further than {@code limit}. */
    public static long countUpTo(long limit, CommentStatus status, String thread) {
        String matching = thread == null ? "select 1 from comment where status = :status"
                : status == CommentStatus.APPROVED ? "select 1 from comment where published_thread = :thread"
                : "select 1 from comment where status = :status and thread = :thread";
        var query = getEntityManager()
                .createNativeQuery("select count(*) from (" + matching + " limit :limit) capped")
                .setParameter("limit", limit);
        if (matching.contains(":status")) {
            query.setParameter("status", status.name());
        }
        if (thread != null) {
            query.setParameter("thread", thread);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
