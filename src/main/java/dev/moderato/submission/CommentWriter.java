package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;
import dev.moderato.publication.PublishedCommentsChanged;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.screening.Rejection;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: new comments from many concurrent requests are inserted together in one
 * transaction by a single writer thread, and each request is released only when the transaction
 * holding its comment has committed. Under load one commit carries many comments, which is what
 * makes a durable commit per acknowledged comment affordable (and keeps H2's append-only file
 * from growing by a chunk per comment); alone, a comment commits by itself at once.
 *
 * <p>Duplicate detection happens here too: the writer sees every new comment of this replica in
 * order, so the two requests of a double click are told apart without a lock per author, whether
 * they land in one batch or in two. It remembers what it stored within the window
 * ({@link RecentPosts}, read back from the database at start) and asks the database only about a
 * post it has seen before, by the earlier comment's id.
 */
@ApplicationScoped
public class CommentWriter {

    private static final Logger LOG = Logger.getLogger(CommentWriter.class);
    private static final int MAX_BATCH = 256;
    private static final int QUEUE_CAPACITY = 8192;
    private static final long RETRY_AFTER_SECONDS = 5;

    private record PendingWrite(Comment comment, CommentEvent event, RecentPosts.Fingerprint fingerprint, long deadline,
                                CompletableFuture<Void> committed) {
    }

    private final BlockingQueue<PendingWrite> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AgroalDataSource dataSource;
    private final Duration duplicateWindow;
    private final Event<PublishedCommentsChanged> published;
    private final RecentPosts recentPosts;
    private final FirstComments firstComments = new FirstComments();
    private final Timer commits;
    private final DistributionSummary batchSizes;
    private volatile boolean running;
    /** Time the writer has spent storing batches; written by the writer's thread alone. */
    private volatile long busyNanos;
    private Thread writer;

    CommentWriter(AgroalDataSource dataSource, ModeratoConfig config, Event<PublishedCommentsChanged> published,
                  MeterRegistry registry) {
        this.dataSource = dataSource;
        this.duplicateWindow = config.screening().duplicateWindow();
        this.published = published;
        this.recentPosts = new RecentPosts(duplicateWindow);
        // What a submission waits for once the writer takes it: one transaction, its durable commit included.
        this.commits = Timer.builder("moderato.writer.commit")
                .description("Group commits of new comments, from taking the batch to its durable commit")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .register(registry);
        this.batchSizes = DistributionSummary.builder("moderato.writer.batch.size")
                .description("Comments taken into one group commit")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    private boolean findsDuplicates() {
        return !(duplicateWindow.isZero() || duplicateWindow.isNegative());
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::writeLoop, "moderato-comment-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(TimeUnit.SECONDS.toMillis(10));
        failAll(drain(), new ServiceUnavailableException(RETRY_AFTER_SECONDS));
    }

    /**
     * Queues the comment, with the audit entry of its screening if there is one. The future
     * completes, on the writer's thread, once both are committed. It fails with a duplicate
     * {@link Rejection} when the same post is already stored, and with 503 when the store cannot
     * take it, or the comment is still queued after {@code timeout} (it is then not stored).
     */
    public CompletableFuture<Void> write(Comment comment, CommentEvent event, Duration timeout) {
        RecentPosts.Fingerprint fingerprint = findsDuplicates() ? RecentPosts.Fingerprint.of(comment) : null;
        PendingWrite pending = new PendingWrite(comment, event, fingerprint, System.nanoTime() + timeout.toNanos(),
                new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.committed().completeExceptionally(new ServiceUnavailableException(RETRY_AFTER_SECONDS));
        }
        return pending.committed();
    }

    /** How long the writer has spent storing, in all: what the H2 housekeeping watches to stay out of its way. */
    public long busyNanos() {
        return busyNanos;
    }

    private void writeLoop() {
        rememberRecentPosts();
        while (running) {
            List<PendingWrite> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (!batch.isEmpty()) {
                long start = System.nanoTime();
                commit(batch);
                long took = System.nanoTime() - start;
                busyNanos += took;
                commits.record(took, TimeUnit.NANOSECONDS);
                batchSizes.record(batch.size());
            }
        }
    }

    /** The next comments to store; those queued beyond their deadline are answered 503 instead. */
    private List<PendingWrite> nextBatch() throws InterruptedException {
        List<PendingWrite> batch = new ArrayList<>(MAX_BATCH);
        batch.add(queue.take());
        queue.drainTo(batch, MAX_BATCH - 1);
        long now = System.nanoTime();
        List<PendingWrite> late = batch.stream().filter(pending -> now - pending.deadline() > 0).toList();
        if (!late.isEmpty()) {
            failAll(late, new ServiceUnavailableException(RETRY_AFTER_SECONDS));
            batch.removeAll(late);
        }
        return batch;
    }

    private void commit(List<PendingWrite> batch) {
        List<PendingWrite> stored = List.of();
        Map<String, Instant> newThreads = Map.of();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                stored = withoutDuplicates(connection, batch);
                List<Comment> comments = stored.stream().map(PendingWrite::comment).toList();
                CommentRows.insert(connection, comments,
                        stored.stream().map(PendingWrite::event).filter(Objects::nonNull).toList());
                newThreads = firstComments.unrecordedIn(comments);
                CommentRows.recordFirstComments(connection, newThreads);
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException | RuntimeException batchFailure) {
            List<PendingWrite> unanswered = batch.stream().filter(pending -> !pending.committed().isDone()).toList();
            if (unanswered.size() <= 1) {
                // The class only: a database message can quote the row's values, personal data included.
                LOG.warnf("Storing a comment failed: %s", batchFailure.getClass().getName());
                failAll(unanswered, new ServiceUnavailableException(RETRY_AFTER_SECONDS));
                return;
            }
            // One bad row must not fail its neighbours: retry each alone.
            unanswered.forEach(pending -> commit(List.of(pending)));
            return;
        }
        firstComments.recorded(newThreads.keySet());
        // Comments published at once (post-moderated threads) change what the public sees: fired
        // after the commit, outside any transaction, so the read cache drops the thread right away.
        stored.stream().map(PendingWrite::comment).filter(comment -> comment.status == CommentStatus.APPROVED)
                .map(comment -> comment.thread).distinct()
                .forEach(thread -> published.fire(new PublishedCommentsChanged(thread)));
        if (findsDuplicates()) {
            stored.forEach(pending -> recentPosts.remember(pending.fingerprint(), pending.comment()));
        }
        stored.forEach(pending -> pending.committed().complete(null));
    }

    /** Reads back the posts of the duplicate window, so that a restart does not forget them. */
    private void rememberRecentPosts() {
        if (!findsDuplicates()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            CommentRows.recent(connection, Instant.now().minus(duplicateWindow), RecentPosts.MAX_REMEMBERED).stream()
                    .sorted(Comparator.comparing((Comment comment) -> comment.createdAt))
                    .forEach(comment -> recentPosts.remember(RecentPosts.Fingerprint.of(comment), comment));
        } catch (SQLException | RuntimeException unavailable) {
            // The database may be down at start-up: duplicates are then found among new posts only.
            LOG.warnf("Could not read back the recent posts for duplicate detection: %s", unavailable.getClass().getName());
        }
    }

    /**
     * Answers the duplicates in the batch with 409 and returns the rest, in order. A post is looked
     * up in the database only when this replica stored the same one within the window.
     */
    private List<PendingWrite> withoutDuplicates(Connection connection, List<PendingWrite> batch) throws SQLException {
        if (!findsDuplicates()) {
            return batch;
        }
        Instant now = Instant.now();
        Instant since = now.minus(duplicateWindow);
        Set<RecentPosts.Fingerprint> inBatch = new HashSet<>();
        List<PendingWrite> fresh = new ArrayList<>(batch.size());
        try (PreparedStatement finder = CommentRows.earlierFinder(connection)) {
            for (PendingWrite pending : batch) {
                RecentPosts.Earlier earlier = recentPosts.find(pending.fingerprint(), now);
                if (!inBatch.add(pending.fingerprint())
                        || earlier != null && CommentRows.isStillStored(finder, earlier.id(), pending.comment(), since)) {
                    pending.committed().completeExceptionally(new Rejection(Response.Status.CONFLICT, "duplicate", null));
                } else {
                    fresh.add(pending);
                }
            }
        }
        return fresh;
    }

    private List<PendingWrite> drain() {
        List<PendingWrite> rest = new ArrayList<>();
        queue.drainTo(rest);
        return rest;
    }

    private static void failAll(List<PendingWrite> writes, RuntimeException failure) {
        writes.forEach(pending -> pending.committed().completeExceptionally(failure));
    }
}
