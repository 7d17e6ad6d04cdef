package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentStore;
import dev.moderato.publication.PublishedCommentsChanged;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.moderation.BulkDecisionResult.Outcome;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.platform.problem.ProblemException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.screening.TrustedAuthors;
import dev.moderato.submission.SubmissionRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The moderators' work on the queue. Every change locks the comment's row, so two moderators
 * deciding the same comment at once are applied one after the other, and writes its audit
 * entry in the same transaction. A change the public can see fires {@link PublishedCommentsChanged}
 * in that transaction, so the public read cache drops the thread once it has committed.
 */
@ApplicationScoped
public class ModerationService {

    private static final Pattern ID_SHAPE = Pattern.compile(Comment.ID_SHAPE);

    /** The result of one decision, and the comment as it stands after it. */
    public record Decision(Outcome outcome, ModeratedComment comment) {
    }

    private final Validator validator;
    private final MeterRegistry registry;
    private final int queueCountLimit;
    private final Event<PublishedCommentsChanged> published;
    private final CommentStore comments;
    private final CommentHistory history;
    private final TrustedAuthors trustedAuthors;

    ModerationService(Validator validator, MeterRegistry registry, Event<PublishedCommentsChanged> published,
                      ModeratoConfig config, CommentStore comments, CommentHistory history,
                      TrustedAuthors trustedAuthors) {
        this.validator = validator;
        this.comments = comments;
        this.history = history;
        this.trustedAuthors = trustedAuthors;
        this.registry = registry;
        this.published = published;
        this.queueCountLimit = config.moderation().queueCountLimit();
    }

    @Transactional
    public QueuePage queue(CommentStatus status, String thread, int page, int size) {
        long counted = comments.countUpTo(queueCountLimit + 1L, status, thread);
        List<ModeratedComment> items = comments.queue(status, thread, page, size).stream()
                .map(ModeratedComment::of)
                .toList();
        return new QueuePage(Math.min(counted, queueCountLimit), counted <= queueCountLimit, page, size, items);
    }

    @Transactional
    public ModeratedComment get(UUID id) {
        return comments.find(id).map(ModeratedComment::of).orElseThrow(ModerationService::notFound);
    }

    /** Applies a decision in its own transaction; 404, 409 and 412 are thrown as problems. */
    public Decision decide(UUID id, String action, String reason, Precondition precondition, String actor) {
        Decision decision = QuarkusTransaction.requiringNew()
                .call(() -> decideLocked(id, Action.of(action), reason, precondition, actor));
        countApplied(decision.outcome(), action);
        return switch (decision.outcome()) {
            case NOT_FOUND -> throw notFound();
            case CONFLICT -> throw precondition.isPresent()
                    ? new ProblemException(Response.Status.PRECONDITION_FAILED,
                    "The comment has changed since you read it; read it again before deciding.")
                    : new ProblemException(Response.Status.CONFLICT,
                    "The comment was already decided as " + decision.comment().status().wireName()
                            + "; to change it, send If-Match with its current ETag.");
            default -> decision;
        };
    }

    /** Decides each id on its own: one comment's conflict does not hold back the others. */
    public BulkDecisionResult decideAll(List<String> ids, String action, String reason, String actor) {
        Set<String> seen = new HashSet<>();
        List<BulkDecisionResult.Item> results = ids.stream()
                .filter(seen::add)
                .map(id -> new BulkDecisionResult.Item(id, decideOne(id, action, reason, actor)))
                .toList();
        return new BulkDecisionResult(results);
    }

    private Outcome decideOne(String id, String action, String reason, String actor) {
        if (id == null || !ID_SHAPE.matcher(id).matches()) {
            return Outcome.NOT_FOUND;
        }
        Outcome outcome = QuarkusTransaction.requiringNew()
                .call(() -> decideLocked(UUID.fromString(id), Action.of(action), reason, Precondition.NONE, actor))
                .outcome();
        countApplied(outcome, action);
        return outcome;
    }

    /** Counted once committed, so a decision that failed to commit is not counted. */
    private void countApplied(Outcome outcome, String action) {
        if (outcome == Outcome.APPLIED) {
            registry.counter("moderato.decisions", "action", action).increment();
        }
    }

    private Decision decideLocked(UUID id, Action action, String reason, Precondition precondition, String actor) {
        Comment comment = comments.lock(id).orElse(null);
        if (comment == null) {
            return new Decision(Outcome.NOT_FOUND, null);
        }
        if (!precondition.matches(comment.version)) {
            return new Decision(Outcome.CONFLICT, ModeratedComment.of(comment));
        }
        if (comment.status == action.target) {
            return new Decision(Outcome.UNCHANGED, ModeratedComment.of(comment));
        }
        if (comment.status != CommentStatus.PENDING && !precondition.isPresent()) {
            return new Decision(Outcome.CONFLICT, ModeratedComment.of(comment));
        }
        CommentStatus from = comment.status;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        comment.status = action.target;
        comment.decidedAt = now;
        comment.decidedBy = actor;
        comments.update(comment);
        history.record(id, now, actor, action.wireName(), from, comment.status, reason);
        if (from == CommentStatus.APPROVED || comment.status == CommentStatus.APPROVED) {
            republish(comment.thread);
        }
        if (comment.status == CommentStatus.APPROVED) {
            trustedAuthors.trust(comment.email);
        }
        return new Decision(Outcome.APPLIED, ModeratedComment.of(comment));
    }

    /** Corrects name, website or body under the submission rules; the status stays as it is. */
    @Transactional
    public ModeratedComment edit(UUID id, CommentEdit edit, Precondition precondition, String actor) {
        Comment comment = comments.lock(id).orElseThrow(ModerationService::notFound);
        if (!precondition.matches(comment.version)) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED,
                    "The comment has changed since you read it; read it again before editing.");
        }
        SubmissionRequest merged = new SubmissionRequest(comment.thread, null,
                edit.name() == null ? comment.name : edit.name(),
                comment.email,
                edit.website() == null ? comment.website : edit.website(),
                edit.body() == null ? comment.body : edit.body());
        Set<ConstraintViolation<SubmissionRequest>> violations = new HashSet<>();
        Stream.of("name", "website", "body").forEach(field -> violations.addAll(validator.validateProperty(merged, field)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(ProblemMappers.toViolations(violations));
        }
        if (Objects.equals(comment.name, merged.name()) && Objects.equals(comment.website, merged.website())
                && Objects.equals(comment.body, merged.body())) {
            return ModeratedComment.of(comment); // nothing to change, nothing to record
        }
        comment.name = merged.name();
        comment.website = merged.website();
        comment.body = merged.body();
        comments.update(comment);
        history.record(id, Instant.now().truncatedTo(ChronoUnit.MILLIS), actor, "edit",
                comment.status, comment.status, null);
        if (comment.status == CommentStatus.APPROVED) {
            republish(comment.thread);
        }
        return ModeratedComment.of(comment);
    }

    /** Removes the comment and its personal data; its history stays, stripped of free text. */
    @Transactional
    public void delete(UUID id, String actor) {
        Comment comment = comments.lock(id).orElseThrow(ModerationService::notFound);
        history.forgetReasons(id);
        history.record(id, Instant.now().truncatedTo(ChronoUnit.MILLIS), actor, "delete", comment.status, null, null);
        if (comment.status == CommentStatus.APPROVED) {
            republish(comment.thread);
        }
        comments.delete(id);
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        var events = history.of(id);
        if (events.isEmpty() && comments.find(id).isEmpty()) {
            throw notFound();
        }
        return events.stream().map(HistoryEntry::of).toList();
    }

    @Transactional
    public QueueStats stats() {
        var counts = comments.countsByStatus();
        return new QueueStats(counts.getOrDefault(CommentStatus.PENDING, 0L),
                counts.getOrDefault(CommentStatus.APPROVED, 0L),
                counts.getOrDefault(CommentStatus.REJECTED, 0L),
                counts.getOrDefault(CommentStatus.SPAM, 0L),
                comments.oldestPendingAt().orElse(null));
    }

    /** Observed once the transaction has committed: the public read cache drops the thread then. */
    private void republish(String thread) {
        published.fire(new PublishedCommentsChanged(thread));
    }

    private static ProblemException notFound() {
        return new ProblemException(Response.Status.NOT_FOUND, "There is no comment with this id.");
    }
}
