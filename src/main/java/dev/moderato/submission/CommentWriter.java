package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentStore;
import dev.moderato.comment.CommentsStored;
import dev.moderato.notify.Outbox;
import dev.moderato.notify.ReplySubscriptions;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.storage.Failures;
import dev.moderato.thread.ThreadActivity;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: new comments from many concurrent requests are inserted together in one transaction by a
 * single writer thread, and each request is released only when the transaction holding its comment has
 * committed. Under load one commit carries many comments, which is what makes a durable commit per
 * acknowledged comment affordable (and keeps H2's append-only file from growing by a chunk per comment);
 * alone, a comment commits by itself at once.
 */
@ApplicationScoped
public class CommentWriter {

    private static final Logger LOG = Logger.getLogger(CommentWriter.class);
    private static final int MAX_BATCH = 256;
    private static final int QUEUE_CAPACITY = 8192;

    private final BlockingQueue<QueuedComment> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AgroalDataSource dataSource;
    private final CommentStore comments;
    private final CommentHistory history;
    private final ThreadActivity threads;
    private final Duplicates duplicates;
    private final GroupCommitStats stats;
    private final Event<CommentsStored> stored;
    private final Outbox outbox;
    private final ReplySubscriptions subscriptions;
    private volatile boolean running;
    private Thread writer;

    CommentWriter(AgroalDataSource dataSource, CommentStore comments, CommentHistory history, ThreadActivity threads,
                  Duplicates duplicates, GroupCommitStats stats, Event<CommentsStored> stored, Outbox outbox,
                  ReplySubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.dataSource = dataSource;
        this.comments = comments;
        this.history = history;
        this.threads = threads;
        this.duplicates = duplicates;
        this.stats = stats;
        this.stored = stored;
        this.outbox = outbox;
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
        List<QueuedComment> rest = new ArrayList<>();
        queue.drainTo(rest);
        failAll(rest);
    }

    /**
     * Queues the comment, with the audit entry of its screening if there is one. The future completes, on the
     * writer's thread, once both are committed. It fails with a duplicate {@code Rejection} when the same post is
     * already stored, and as unavailable when the store cannot take it, or the comment is still queued after
     * {@code timeout} (it is then not stored).
     */
    public CompletableFuture<Void> write(Comment comment, CommentEvent event, Duration timeout) {
        return write(comment, event, null, timeout);
    }

    /** The same, with the author's reply notifications in {@code notifyReplies} (null: none), stored in the same commit. */
    public CompletableFuture<Void> write(Comment comment, CommentEvent event, Locale notifyReplies, Duration timeout) {
        QueuedComment queued = new QueuedComment(comment, event, duplicates.fingerprintOf(comment),
                System.nanoTime() + timeout.toNanos(), notifyReplies, new CompletableFuture<>());
        if (!running || !queue.offer(queued)) {
            queued.committed().completeExceptionally(DomainException.unavailable());
        }
        return queued.committed();
    }

    private void writeLoop() {
        duplicates.readBack();
        while (running) {
            List<QueuedComment> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (!batch.isEmpty()) {
                long start = System.nanoTime();
                commit(batch);
                stats.stored(batch.size(), System.nanoTime() - start);
            }
        }
    }

    /** The next comments to store; those queued beyond their deadline are answered as unavailable instead. */
    private List<QueuedComment> nextBatch() throws InterruptedException {
        List<QueuedComment> batch = new ArrayList<>(MAX_BATCH);
        batch.add(queue.take());
        queue.drainTo(batch, MAX_BATCH - 1);
        long now = System.nanoTime();
        List<QueuedComment> late = batch.stream().filter(queued -> now - queued.deadline() > 0).toList();
        if (!late.isEmpty()) {
            failAll(late);
            batch.removeAll(late);
        }
        return batch;
    }

    private void commit(List<QueuedComment> batch) {
        List<QueuedComment> fresh = List.of();
        Map<String, Instant> newThreads = Map.of();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                fresh = duplicates.withoutDuplicates(connection, batch);
                List<Comment> batchComments = fresh.stream().map(QueuedComment::comment).toList();
                comments.insert(connection, batchComments);
                history.insert(connection, fresh.stream().map(QueuedComment::event).filter(Objects::nonNull).toList());
                // In the same commit: a 202'd comment's comment.created survives a crash the moment after.
                outbox.created(connection, batchComments);
                subscriptions.stored(connection, batchComments, notifications(fresh));
                newThreads = threads.unrecordedIn(batchComments);
                threads.record(connection, newThreads);
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException | RuntimeException batchFailure) {
            retryAlone(batch, batchFailure);
            return;
        }
        threads.recorded(newThreads.keySet());
        duplicates.remember(fresh);
        stored.fire(new CommentsStored(fresh.stream().map(QueuedComment::comment).toList()));
        fresh.forEach(queued -> queued.committed().complete(null));
    }

    /**
     * A database that is away fails the whole batch at once: retrying row by row would only wait for it again.
     * Anything else may be one bad row, which must not fail its neighbours: each is tried again alone.
     */
    private void retryAlone(List<QueuedComment> batch, Exception batchFailure) {
        List<QueuedComment> unanswered = batch.stream().filter(queued -> !queued.committed().isDone()).toList();
        if (unanswered.size() > 1 && !Failures.isUnavailable(batchFailure)) {
            unanswered.forEach(queued -> commit(List.of(queued)));
            return;
        }
        // The class and state only: a database message can quote the row's values, personal data included.
        LOG.warnf("Storing %d comment(s) failed: %s [%s]", unanswered.size(), batchFailure.getClass().getName(),
                Failures.sqlState(batchFailure));
        DomainException answer = Failures.isBadRow(batchFailure) ? DomainException.unstorable() : DomainException.unavailable();
        unanswered.forEach(queued -> queued.committed().completeExceptionally(answer));
    }

    /** Each comment whose author asked for reply notifications, to the language they asked in. */
    private static Map<UUID, Locale> notifications(List<QueuedComment> batch) {
        Map<UUID, Locale> languages = new HashMap<>();
        batch.stream().filter(queued -> queued.notifyReplies() != null)
                .forEach(queued -> languages.put(queued.comment().id, queued.notifyReplies()));
        return languages;
    }

    private static void failAll(List<QueuedComment> writes) {
        writes.forEach(queued -> queued.committed().completeExceptionally(DomainException.unavailable()));
    }
}
