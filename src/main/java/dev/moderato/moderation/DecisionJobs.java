package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentQueries;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.QueueOrder;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.Sql;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decisions by filter, owner of the {@code decision_job} table. Asking stores the job and answers at once; a
 * replica's worker then decides its comments in slices, each slice one transaction that decides up to
 * {@code moderato.moderation.decision-slice} comments (each with its own history entry, the moderator its actor) and counts them in the job:
 * a hundred thousand comments take no request longer than a slice, and a replica that stops mid-way leaves the
 * rest to the next worker, nothing decided twice, nothing counted twice.
 */
@ApplicationScoped
public class DecisionJobs {

    private static final Logger LOG = Logger.getLogger(DecisionJobs.class);
    /** How long a worker holds a job without finishing a slice before another may take it over. */
    private static final Duration CLAIM = Duration.ofSeconds(60);
    private static final String COLUMNS = "id, action, note, thread, reason_code, actor, state, applied, skipped,"
            + " created_at, finished_at";

    private final Sql sql;
    private final CommentQueries queries;
    private final DecisionService decisions;
    private final int slice;

    DecisionJobs(Sql sql, CommentQueries queries, DecisionService decisions, ModeratoConfig config) {
        this.slice = config.moderation().decisionSlice();
        this.sql = sql;
        this.queries = queries;
        this.decisions = decisions;
    }

    /** Stores the job: once this returns it is durable, and some replica's worker decides its comments. */
    @Transactional
    public DecisionJob start(DecisionJobRequest request, String actor) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sql.update("insert into decision_job (" + COLUMNS + ", claimed_until) values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, null, null)",
                id, request.action(), request.reason(), request.thread(), request.reasonCode(), actor,
                DecisionJob.State.RUNNING.wireName(), now);
        return find(id).orElseThrow();
    }

    /** The job and its progress; {@code matched}: what it decided or skipped, and what still waits for it. */
    @Transactional
    public Optional<DecisionJob> find(UUID id) {
        return sql.first("select " + COLUMNS + " from decision_job where id = ?", DecisionJobs::read, id)
                .map(this::withMatched);
    }

    private DecisionJob withMatched(DecisionJob job) {
        String thread = job.filter().thread();
        String reason = job.filter().reason();
        long waiting = job.state() == DecisionJob.State.DONE ? 0 : reason == null
                ? sql.number("select count(*) from comment c where c.status = ? and c.created_at <= ?"
                        + (thread == null ? "" : " and c.thread = ?"), keys(CommentStatus.PENDING, job.createdAt(), thread))
                : sql.number("select count(*) from comment_reason r where r.code = ? and r.status = ?"
                        + " and r.created_at <= ?" + (thread == null ? "" : " and r.thread = ?"),
                        keys(reason, CommentStatus.PENDING, job.createdAt(), thread));
        return new DecisionJob(job.id(), job.action(), job.reason(), job.filter(), job.actor(), job.state(),
                job.applied() + job.skipped() + waiting, job.applied(), job.skipped(), job.createdAt(), job.finishedAt());
    }

    /** Takes the oldest job no worker holds, and works it to its end. */
    @Scheduled(every = "1s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @SkippedWhileDatabaseAway
    void work() {
        Optional<DecisionJob> claimed;
        while ((claimed = claim()).isPresent()) {
            DecisionJob job = claimed.get();
            long started = System.nanoTime();
            try {
                while (slice(job)) {
                    // each slice committed on its own
                }
                LOG.infof("Decision job %s (%s) worked to its end in %d ms", job.id(), job.action(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException failed) {
                LOG.warnf("Decision job %s stopped at a slice and will be taken up again: %s", job.id(), failed.toString());
                QuarkusTransaction.requiringNew().run(() -> sql.update(
                        "update decision_job set claimed_until = null where id = ?", UUID.fromString(job.id())));
                return;
            }
        }
    }

    private Optional<DecisionJob> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<DecisionJob> free = sql.list("select " + COLUMNS + " from decision_job where state = ?"
                            + " and (claimed_until is null or claimed_until < ?) order by state, created_at limit 1",
                    DecisionJobs::read, DecisionJob.State.RUNNING.wireName(), now);
            for (DecisionJob job : free) {
                if (sql.update("update decision_job set claimed_until = ? where id = ? and (claimed_until is null"
                        + " or claimed_until < ?)", now.plus(CLAIM), UUID.fromString(job.id()), now) == 1) {
                    return Optional.of(job);
                }
            }
            return Optional.<DecisionJob>empty();
        });
    }

    /** Decides one slice and counts it in the job, in one transaction; false once nothing is left. */
    private boolean slice(DecisionJob job) {
        DecisionService.SliceCount count = QuarkusTransaction.requiringNew().call(() -> {
            List<Comment> next = queries.queue(CommentStatus.PENDING, job.filter().thread(), job.filter().reason(),
                    QueueOrder.OLDEST, null, 0, slice);
            List<UUID> before = next.stream().filter(comment -> !comment.createdAt.isAfter(job.createdAt()))
                    .map(comment -> comment.id).toList();
            DecisionService.SliceCount decided = decisions.decideInSlice(before, job.action(), job.reason(), job.actor());
            boolean done = before.size() < slice;
            sql.update("update decision_job set applied = applied + ?, skipped = skipped + ?, state = ?,"
                            + " finished_at = ?, claimed_until = ? where id = ?",
                    decided.applied(), decided.skipped(),
                    (done ? DecisionJob.State.DONE : DecisionJob.State.RUNNING).wireName(),
                    done ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : null,
                    done ? null : Instant.now().plus(CLAIM), UUID.fromString(job.id()));
            return new DecisionService.SliceCount(decided.applied(), decided.skipped(), done);
        });
        decisions.counted(job.action(), count.applied());
        return !count.done();
    }

    private static DecisionJob read(ResultSet row) throws SQLException {
        String thread = row.getString("thread");
        String reason = row.getString("reason_code");
        return new DecisionJob(row.getString("id"), row.getString("action"), row.getString("note"),
                new DecisionJobRequest.Filter(thread, reason), row.getString("actor"),
                DecisionJob.State.valueOf(row.getString("state").toUpperCase(java.util.Locale.ROOT)), 0,
                row.getLong("applied"), row.getLong("skipped"), Sql.instant(row, "created_at"),
                Sql.instant(row, "finished_at"));
    }

    private static Object[] keys(Object... candidates) {
        return java.util.Arrays.stream(candidates).filter(java.util.Objects::nonNull).toArray();
    }
}
