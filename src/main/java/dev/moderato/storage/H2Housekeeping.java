package dev.moderato.storage;

import dev.moderato.submission.CommentWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The housekeeping H2 leaves undone when every commit is written at once. {@code WRITE_DELAY=0}
 * (what makes a 202 durable) also stops H2's background thread, and that thread is what rewrites
 * the file's chunks once updates have left them mostly dead: without it the file only grows. Here
 * the same rewrite runs every second, in small slices, so dead space is reused. While the comment
 * writer is busy storing more than half of the time (a burst of submissions), it takes one slice a
 * second instead of sixteen: the rewrite competes with the writer's commits for the store and the
 * cores, and it catches up once the burst is over. Does nothing on PostgreSQL.
 */
@ApplicationScoped
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class);
    /** Chunks with less live data than this (percent) are rewritten. */
    static final int FILL_RATE = 80;
    /**
     * Rewritten in slices of about this much, with a pause between, so a commit waits for one
     * slice at most (a 4 MiB rewrite in one go held commits for 100-200 ms).
     */
    static final int SLICE_BYTES = 256 * 1024;
    static final int SLICES_PER_RUN = 16;
    /**
     * While the comment writer is busy: one slice a run, so that a burst of submissions does not
     * wait for rewrites, while the file is still worked on under sustained load.
     */
    static final int BUSY_SLICES_PER_RUN = 1;
    /** The writer is busy when it spent more than this share of the time since the last run storing. */
    static final double BUSY_SHARE = 0.5;
    static final long PAUSE_MILLIS = 40;

    private final AgroalDataSource dataSource;
    private final CommentWriter writer;
    private volatile Boolean onH2;
    private long lastRunNanos = System.nanoTime();
    private long lastWriterBusyNanos;

    H2Housekeeping(AgroalDataSource dataSource, CommentWriter writer) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.lastWriterBusyNanos = writer.busyNanos();
    }

    /** All the slices when the writer was mostly idle since the last run; {@link #BUSY_SLICES_PER_RUN} when it was busy. */
    static int slicesFor(long writerBusyNanos, long elapsedNanos) {
        return elapsedNanos > 0 && writerBusyNanos > BUSY_SHARE * elapsedNanos ? BUSY_SLICES_PER_RUN : SLICES_PER_RUN;
    }

    @Scheduled(every = "1s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void rewriteMostlyDeadChunks() {
        if (Boolean.FALSE.equals(onH2)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (onH2 == null) {
                onH2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
                if (!onH2) {
                    return;
                }
            }
            long now = System.nanoTime();
            long writerBusy = writer.busyNanos();
            int slices = slicesFor(writerBusy - lastWriterBusyNanos, now - lastRunNanos);
            lastRunNanos = now;
            lastWriterBusyNanos = writerBusy;
            // Only here are H2's own classes touched: a PostgreSQL build does not contain them.
            for (int slice = 0; slice < slices && H2Store.compact(connection, FILL_RATE, SLICE_BYTES); slice++) {
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("H2 housekeeping skipped: %s", e.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
