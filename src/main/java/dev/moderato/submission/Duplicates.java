package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStore;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.screening.Rejection;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the same post stored twice within {@code moderato.screening.duplicate-window}: the two requests of a
 * double click, or a resend. The group commit asks here, on its own thread, so it sees every new comment of
 * this replica in order and tells repeats apart without a lock per author, whether they land in one batch or
 * in two. It remembers what was stored within the window ({@link RecentPosts}, read back from the database at
 * start) and asks the database only about a post it has seen before, by the earlier comment's id.
 */
@ApplicationScoped
class Duplicates {

    private static final Logger LOG = Logger.getLogger(Duplicates.class);

    private final Duration window;
    private final CommentStore comments;
    private final RecentPosts recentPosts;
    private final AgroalDataSource dataSource;

    Duplicates(ModeratoConfig config, CommentStore comments, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        this.window = config.screening().duplicateWindow();
        this.comments = comments;
        this.recentPosts = new RecentPosts(window);
    }

    boolean enabled() {
        return !(window.isZero() || window.isNegative());
    }

    /** Computed on the submitter's thread, so the writer's thread does not spend its time hashing. */
    RecentPosts.Fingerprint fingerprintOf(Comment comment) {
        return enabled() ? RecentPosts.Fingerprint.of(comment) : null;
    }

    /** Reads back the posts of the window, so that a restart does not forget them; the writer calls it as it starts. */
    void readBack() {
        if (!enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            comments.recent(connection, Instant.now().minus(window), RecentPosts.MAX_REMEMBERED).stream()
                    .sorted(Comparator.comparing((Comment comment) -> comment.createdAt))
                    .forEach(comment -> recentPosts.remember(RecentPosts.Fingerprint.of(comment), comment));
        } catch (SQLException | RuntimeException unavailable) {
            // The database may be down at start-up: duplicates are then found among new posts only.
            LOG.warnf("Could not read back the recent posts for duplicate detection: %s", unavailable.getClass().getName());
        }
    }

    /** Answers the duplicates in the batch with a {@link Rejection} and returns the rest, in order. */
    List<QueuedComment> withoutDuplicates(Connection connection, List<QueuedComment> batch) throws SQLException {
        if (!enabled()) {
            return batch;
        }
        Instant now = Instant.now();
        Instant since = now.minus(window);
        Set<RecentPosts.Fingerprint> inBatch = new HashSet<>();
        List<QueuedComment> fresh = new ArrayList<>(batch.size());
        try (CommentStore.EarlierPosts earlierPosts = comments.earlierPosts(connection)) {
            for (QueuedComment queued : batch) {
                RecentPosts.Earlier earlier = recentPosts.find(queued.fingerprint(), now);
                if (!inBatch.add(queued.fingerprint())
                        || earlier != null && isStillStored(earlierPosts, earlier, queued.fingerprint(), since)) {
                    queued.committed().completeExceptionally(Rejection.duplicate());
                } else {
                    fresh.add(queued);
                }
            }
        }
        return fresh;
    }

    /** Whether the earlier post is still stored as it was: not deleted, nor edited into another post, meanwhile. */
    private static boolean isStillStored(CommentStore.EarlierPosts earlierPosts, RecentPosts.Earlier earlier,
                                         RecentPosts.Fingerprint fingerprint, Instant since) throws SQLException {
        return earlierPosts.find(earlier.id(), since).map(RecentPosts.Fingerprint::of).filter(fingerprint::equals).isPresent();
    }

    /** Call once the batch's transaction has committed, before its submitters are answered. */
    void remember(List<QueuedComment> stored) {
        if (enabled()) {
            stored.forEach(queued -> recentPosts.remember(queued.fingerprint(), queued.comment()));
        }
    }
}
