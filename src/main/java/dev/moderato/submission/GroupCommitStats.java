package dev.moderato.submission;

import dev.moderato.platform.storage.WriteLoad;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/** What the group commits cost: their time and size as metrics, and the writer's busy time for the H2 housekeeping. */
@ApplicationScoped
public class GroupCommitStats implements WriteLoad {

    private final Timer commits;
    private final DistributionSummary batchSizes;
    /** Written by the writer's thread alone. */
    private volatile long busyNanos;

    GroupCommitStats(MeterRegistry registry) {
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

    /** One batch stored, or failed, after {@code tookNanos}: called by the writer's thread. */
    void stored(int batchSize, long tookNanos) {
        busyNanos += tookNanos;
        commits.record(tookNanos, TimeUnit.NANOSECONDS);
        batchSizes.record(batchSize);
    }

    @Override
    public long busyNanos() {
        return busyNanos;
    }
}
