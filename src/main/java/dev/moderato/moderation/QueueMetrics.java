package dev.moderato.moderation;

import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentQueries;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes the size of the moderation queue. Counted from the database on a schedule rather than
 * on each scrape, so a scrape never waits on the database and several replicas report one truth.
 * The count stops at {@code moderato.moderation.queue-count-limit}, as the queue page's total does:
 * during a spam wave, counting a million pending comments every few seconds took a tenth of the
 * machine away from the submissions.
 */
@ApplicationScoped
public class QueueMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldestPendingAt = new AtomicReference<>();

    private final int countLimit;
    private final CommentQueries comments;

    QueueMetrics(MeterRegistry registry, ModeratoConfig config, CommentQueries comments) {
        this.comments = comments;
        this.countLimit = config.moderation().queueCountLimit();
        Gauge.builder("moderato.queue.pending", pending, AtomicLong::get)
                .description("Comments waiting for a moderator, counted up to moderato.moderation.queue-count-limit")
                .register(registry);
        Gauge.builder("moderato.queue.oldest.pending.seconds", oldestPendingAt, QueueMetrics::ageSeconds)
                .description("How long the oldest pending comment has waited (0 when none waits)")
                .register(registry);
    }

    private static double ageSeconds(AtomicReference<Instant> since) {
        Instant at = since.get();
        return at == null ? 0 : Math.max(0, Duration.between(at, Instant.now()).toMillis() / 1000.0);
    }

    @Scheduled(every = "${moderato.metrics.refresh-interval:10s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @SkippedWhileDatabaseAway
    public void refresh() {
        pending.set(comments.countUpTo(countLimit, CommentStatus.PENDING, null));
        oldestPendingAt.set(comments.oldestPendingAt().orElse(null));
    }
}
