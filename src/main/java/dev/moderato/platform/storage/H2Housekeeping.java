package dev.moderato.platform.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * The housekeeping H2 leaves undone when every commit is written at once. {@code WRITE_DELAY=0}
 * (what makes a 202 durable) also stops H2's background thread, and that thread is what rewrites
 * the file's chunks once updates have left them mostly dead: without it the file only grows. Here
 * the same rewrite runs every second, in small slices, each written to the file at once (so it
 * goes on when nothing else writes), and dead space is reused. A live chunk also costs heap (~250
 * bytes of H2's metadata): a burst of a million comments leaves tens of thousands of small chunks,
 * which the rewrite merges into a few. It stays out of the way while the comment writer ({@link WriteLoad}) is busy
 * storing more than half of the time (a burst of submissions): each slice holds the store while H2
 * walks every chunk of the file (over a hundred thousand after a burst of millions of comments),
 * and every commit waits behind it. The writer is judged again before each slice, so a burst that
 * starts mid-run stops the rewrite after one slice; the rewrite catches up once the burst is over. On an idle store
 * it stops when it no longer makes the chunks fuller ({@link RewriteProgress}).
 * Does nothing on PostgreSQL.
 */
@ApplicationScoped
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class);
    /** Chunks are rewritten while the file holds less live data than this (percent). */
    static final int FILL_RATE = 80;
    /**
     * Rewritten in slices of about this much, with a pause between, so a commit waits for one
     * small slice at most, not for a rewrite of megabytes in one go.
     */
    static final int SLICE_BYTES = 256 * 1024;
    static final int SLICES_PER_RUN = 16;
    static final long PAUSE_MILLIS = 40;

    private final AgroalDataSource dataSource;
    private final WriterLoad writerLoad;
    private final RewriteProgress progress = new RewriteProgress();
    private volatile Boolean onH2;

    H2Housekeeping(AgroalDataSource dataSource, WriteLoad writer) {
        this.dataSource = dataSource;
        this.writerLoad = new WriterLoad(writer);
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
            rewrite(connection, progress, SLICES_PER_RUN, PAUSE_MILLIS, writerLoad::busySinceLastLook);
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("H2 housekeeping skipped: %s", e.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One run: up to {@code maxSlices} slices, a pause after each, while the rewrite makes progress and the writer
     * is not busy; the slices rewritten.
     */
    static int rewrite(Connection connection, RewriteProgress progress, int maxSlices, long pauseMillis,
                       BooleanSupplier writerBusy) throws SQLException, InterruptedException {
        int fillRate = H2Store.chunksFillRate(connection);
        if (!progress.worthRewriting(fillRate, H2Store.version(connection))) {
            return 0;
        }
        int slices = 0;
        while (slices < maxSlices && !writerBusy.getAsBoolean() && H2Store.compact(connection, FILL_RATE, SLICE_BYTES)) {
            slices++;
            Thread.sleep(pauseMillis);
        }
        progress.ran(fillRate, slices, H2Store.version(connection));
        return slices;
    }
}
