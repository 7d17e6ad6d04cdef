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
 * the same rewrite runs every second, a few megabytes at a time, so dead space is reused. Does
 * nothing on PostgreSQL.
 */
@ApplicationScoped
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class);
    /** Chunks with less live data than this (percent) are rewritten. */
    static final int FILL_RATE = 80;
    /** At most about this much is rewritten per run, so commits never wait long for the store. */
    static final int WRITE_BYTES = 4 * 1024 * 1024;

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
            H2Store.compact(connection, FILL_RATE, WRITE_BYTES);
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("H2 housekeeping skipped: %s", e.getClass().getName());
        }
    }
}
