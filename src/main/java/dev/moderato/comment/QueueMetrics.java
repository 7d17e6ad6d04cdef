package dev.moderato.comment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the size of the moderation queue. Counted from the database on a schedule rather than
 * on each scrape, so a scrape never waits on the database and several replicas report one truth.
 */
@ApplicationScoped
public class QueueMetrics {

    private final AtomicLong pending = new AtomicLong();

    QueueMetrics(MeterRegistry registry) {
        Gauge.builder("moderato.queue.pending", pending, AtomicLong::get)
                .description("Comments waiting for a moderator")
                .register(registry);
    }

    @Scheduled(every = "${moderato.metrics.refresh-interval:10s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void refresh() {
        pending.set(Comment.countByStatus(CommentStatus.PENDING));
    }
}
