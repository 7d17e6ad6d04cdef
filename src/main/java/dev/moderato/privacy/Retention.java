package dev.moderato.privacy;

import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.PersonalColumns;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import dev.moderato.screening.learning.Examples;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Keeps no more than it needs, on a schedule: a comment's IP address and user agent are cleared
 * {@code moderato.privacy.client-data-retention} after it was stored, and spam and rejected comments are deleted
 * {@code moderato.privacy.purge-after} after it, their history kept without free text as a moderator's deletion
 * keeps it. Pending comments are never deleted: a moderator has not seen them.
 *
 * <p>Each run reads one range of one index per kind of work, in slices of {@link #SLICE} rows with a transaction
 * each, and stops after {@link #MAX_SLICES} slices of a kind: a backlog (the first run on a large store) is spread
 * over the next runs instead of holding the database in one. A row it changes leaves the range, so a run costs
 * what it does, not the size of the table. Several replicas may run it at once: the rows are locked or the
 * updates conditional, so each row is cleared or deleted once.
 */
@ApplicationScoped
public class Retention {

    static final int SLICE = 500;
    static final int MAX_SLICES = 20;
    static final String PURGE = "purge";

    private final PersonalColumns comments;
    private final CommentHistory history;
    private final Examples examples;
    private final Clock clock;
    private final Duration clientDataRetention;
    private final Duration purgeAfter;
    private final Counter cleared;
    private final Map<CommentStatus, Counter> purged;
    private final Timer runs;

    Retention(PersonalColumns comments, CommentHistory history, Examples examples, Clock clock, ModeratoConfig config,
              MeterRegistry registry) {
        this.comments = comments;
        this.history = history;
        this.examples = examples;
        this.clock = clock;
        this.clientDataRetention = config.privacy().clientDataRetention();
        this.purgeAfter = config.privacy().purgeAfter();
        this.cleared = Counter.builder("moderato.privacy.client.data.cleared")
                .description("Comments whose IP address and user agent retention cleared").register(registry);
        this.purged = Map.of(
                CommentStatus.SPAM, purgedCounter(registry, CommentStatus.SPAM),
                CommentStatus.REJECTED, purgedCounter(registry, CommentStatus.REJECTED));
        this.runs = Timer.builder("moderato.privacy.retention.runs")
                .description("Runs of the retention job and how long they took").register(registry);
    }

    private static Counter purgedCounter(MeterRegistry registry, CommentStatus status) {
        return Counter.builder("moderato.privacy.purged").tag("status", status.wireName())
                .description("Spam and rejected comments retention deleted").register(registry);
    }

    /** What one run did. */
    public record Run(long clientDataCleared, long spamPurged, long rejectedPurged) {
    }

    @Scheduled(identity = "privacy-retention", every = "30s", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @SkippedWhileDatabaseAway
    void scheduled() {
        run();
    }

    /** One run, as the scheduler makes it. */
    public Run run() {
        return runs.record(() -> {
            Instant now = clock.instant();
            long clientData = slices(() -> clearClientData(now.minus(clientDataRetention)));
            long spam = slices(() -> purge(CommentStatus.SPAM, now.minus(purgeAfter)));
            long rejected = slices(() -> purge(CommentStatus.REJECTED, now.minus(purgeAfter)));
            cleared.increment(clientData);
            purged.get(CommentStatus.SPAM).increment(spam);
            purged.get(CommentStatus.REJECTED).increment(rejected);
            return new Run(clientData, spam, rejected);
        });
    }

    private static long slices(IntSupplier slice) {
        long done = 0;
        for (int i = 0; i < MAX_SLICES; i++) {
            int changed = slice.getAsInt();
            done += changed;
            if (changed < SLICE) {
                break;
            }
        }
        return done;
    }

    /** Answers how many comments the slice cleared: a full slice means there may be more. */
    private int clearClientData(Instant cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> comments.clearClientData(comments.withClientDataBefore(cutoff, SLICE)));
    }

    private int purge(CommentStatus status, Instant cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PersonalColumns.Row> rows = comments.lockCreatedBefore(status, cutoff, SLICE);
            if (rows.isEmpty()) {
                return 0;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<UUID> ids = rows.stream().map(PersonalColumns.Row::id).toList();
            history.forgetReasons(ids);
            history.recordAll(rows.stream()
                    .map(row -> CommentEvent.of(row.id(), now, CommentEvent.SYSTEM, PURGE, row.status(), null, null))
                    .toList());
            ids.forEach(examples::forget);
            comments.delete(ids);
            return rows.size();
        });
    }
}
