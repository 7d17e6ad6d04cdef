package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentQueries;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentStore;
import dev.moderato.comment.QueueOrder;
import dev.moderato.moderation.BulkDecisionResult.Outcome;
import dev.moderato.notify.EventType;
import dev.moderato.notify.Outbox;
import dev.moderato.notify.ReplySubscriptions;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.publication.PublishedCommentsChanged;
import dev.moderato.screening.TrustedAuthors;
import dev.moderato.screening.learning.Examples;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Moderators' decisions: approve, reject, spam. Each locks the comment's row, so two moderators deciding the
 * same comment at once are applied one after the other, and writes its audit entry in the same transaction.
 * A decided comment changes again only on purpose: with the version the moderator saw ({@link Precondition}).
 * Each applied decision also teaches the spam filter ({@link Examples}) and writes its notification event
 * ({@link Outbox}), and an approved reply the mails to its parent's subscribers ({@link ReplySubscriptions}), in the
 * same transaction.
 */
@ApplicationScoped
public class DecisionService {

    private static final Pattern ID_SHAPE = Pattern.compile(Comment.ID_SHAPE);

    /** The result of one decision, and the comment as it stands after it. */
    public record Decision(Outcome outcome, ModeratedComment comment) {
    }

    private final MeterRegistry registry;
    private final Event<PublishedCommentsChanged> published;
    private final CommentStore comments;
    private final CommentHistory history;
    private final TrustedAuthors trustedAuthors;
    private final CommentQueries queries;
    private final Examples examples;
    private final Outbox outbox;
    private final ReplySubscriptions replies;

    DecisionService(MeterRegistry registry, Event<PublishedCommentsChanged> published, CommentStore comments,
                    CommentHistory history, TrustedAuthors trustedAuthors, CommentQueries queries, Examples examples,
                    Outbox outbox, ReplySubscriptions replies) {
        this.outbox = outbox;
        this.replies = replies;
        this.queries = queries;
        this.registry = registry;
        this.published = published;
        this.comments = comments;
        this.history = history;
        this.trustedAuthors = trustedAuthors;
        this.examples = examples;
    }

    /** Applies a decision in its own transaction; a missing comment, a conflict or a stale version is thrown. */
    public Decision decide(UUID id, String action, String reason, Precondition precondition, String actor) {
        Decision decision = QuarkusTransaction.requiringNew()
                .call(() -> decideLocked(id, Action.of(action), reason, precondition, actor));
        countApplied(decision.outcome(), action);
        return switch (decision.outcome()) {
            case NOT_FOUND -> throw ModerationService.notFound();
            case CONFLICT -> throw precondition.isPresent()
                    ? DomainException.stale("The comment has changed since you read it; read it again before deciding.")
                    : DomainException.conflict("The comment was already decided as "
                            + decision.comment().status().wireName()
                            + "; to change it, send If-Match with its current ETag.");
            default -> decision;
        };
    }

    /** What a slice of a decision by filter did: decided, or found decided by someone else or deleted. */
    record SliceCount(long applied, long skipped, boolean done) {
    }

    /**
     * Decides these comments in the caller's transaction, each with its own history entry: a slice of a decision
     * by filter ({@link DecisionJobs}). Their count goes to the metrics with {@link #counted} once committed.
     */
    SliceCount decideInSlice(List<UUID> ids, String action, String reason, String actor) {
        long applied = 0;
        for (UUID id : ids) {
            if (decideLocked(id, Action.of(action), reason, Precondition.NONE, actor).outcome() == Outcome.APPLIED) {
                applied++;
            }
        }
        return new SliceCount(applied, ids.size() - applied, false);
    }

    /** Counts committed decisions of a slice. */
    void counted(String action, long applied) {
        if (applied > 0) {
            registry.counter("moderato.decisions", "action", action).increment(applied);
        }
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
        outbox.append(EventType.decided(comment.status), comment, now);
        // The spam filter learns from moderators only, never from screening's verdicts: those are no decision.
        examples.decided(id, comment.status, actor, now);
        if (from == CommentStatus.APPROVED || comment.status == CommentStatus.APPROVED) {
            // Observed once the transaction has committed: the public read cache drops the thread then.
            published.fire(new PublishedCommentsChanged(comment.thread));
        }
        if (comment.status == CommentStatus.APPROVED && comment.email != null) { // an erased comment has no author to trust
            trustedAuthors.trust(comment.email);
        }
        if (comment.status == CommentStatus.APPROVED) {
            replies.approved(comment, now); // the mails to its parent's subscribers, sent once this commits
        }
        return new Decision(Outcome.APPLIED, ModeratedComment.of(comment));
    }
}
