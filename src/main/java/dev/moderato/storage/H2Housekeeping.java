package dev.moderato.storage;

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
 * the same rewrite runs every second, in small slices, so dead space is reused. Does
 * nothing on PostgreSQL.
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
    static final long PAUSE_MILLIS = 40;

    private final AgroalDataSource dataSource;
    private volatile Boolean onH2;

    H2Housekeeping(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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
            // Only here are H2's own classes touched: a PostgreSQL build does not contain them.
            for (int slice = 0; slice < SLICES_PER_RUN && H2Store.compact(connection, FILL_RATE, SLICE_BYTES); slice++) {
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("H2 housekeeping skipped: %s", e.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
