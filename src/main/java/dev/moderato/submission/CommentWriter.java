package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ServiceUnavailableException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit: new comments from many concurrent requests are inserted together in one
 * transaction by a single writer thread, and each request is released only when the transaction
 * holding its comment has committed. Under load one commit carries many comments, which is what
 * makes a durable commit per acknowledged comment affordable (and keeps H2's append-only file
 * from growing by a chunk per comment); alone, a comment commits by itself at once.
 */
@ApplicationScoped
public class CommentWriter {

    private static final Logger LOG = Logger.getLogger(CommentWriter.class);
    private static final int MAX_BATCH = 256;
    private static final int QUEUE_CAPACITY = 8192;
    private static final long RETRY_AFTER_SECONDS = 5;

    private record PendingWrite(Comment comment, CommentEvent event, CompletableFuture<Void> committed) {

        void persist() {
            comment.persist();
            if (event != null) {
                event.commentId = comment.id;
                event.persist();
            }
        }
    }

    private final BlockingQueue<PendingWrite> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private volatile boolean running;
    private Thread writer;

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
     * Stores the comment, with the audit entry of its screening if there is one, and returns once
     * they are committed; fails with 503 when the store cannot take them.
     */
    public void write(Comment comment, CommentEvent event, long timeout, TimeUnit unit) {
        PendingWrite pending = new PendingWrite(comment, event, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            throw new ServiceUnavailableException(RETRY_AFTER_SECONDS);
        }
        try {
            pending.committed().get(timeout, unit);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ServiceUnavailableException(RETRY_AFTER_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(RETRY_AFTER_SECONDS);
        }
    }

    private void writeLoop() {
        while (running) {
            List<PendingWrite> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            commit(batch);
        }
    }

    private List<PendingWrite> nextBatch() throws InterruptedException {
        List<PendingWrite> batch = new ArrayList<>(MAX_BATCH);
        batch.add(queue.take());
        queue.drainTo(batch, MAX_BATCH - 1);
        return batch;
    }

    private void commit(List<PendingWrite> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(PendingWrite::persist));
            batch.forEach(pending -> pending.committed().complete(null));
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                // The class only: a database message can quote the row's values, personal data included.
                LOG.warnf("Storing a comment failed: %s", batchFailure.getClass().getName());
                batch.get(0).committed().completeExceptionally(new ServiceUnavailableException(RETRY_AFTER_SECONDS));
                return;
            }
            // One bad row must not fail its neighbours: retry each alone.
            batch.forEach(pending -> commit(List.of(pending)));
        }
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
