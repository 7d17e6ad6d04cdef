package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentContent;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentQueries;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentStore;
import dev.moderato.comment.QueueOrder;
import dev.moderato.comment.QueuePosition;
import dev.moderato.notify.EventType;
import dev.moderato.notify.Outbox;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.publication.PublishedCommentsChanged;
import dev.moderato.screening.learning.Examples;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The moderators' queue and their other work on it: reading, correcting and deleting comments, and their
 * history. A change locks the comment's row and writes its audit entry in the same transaction; a change the
 * public can see fires {@link PublishedCommentsChanged} in it, so the public read cache drops the thread once
 * it has committed, and every change writes its notification event ({@link Outbox}) in it too. Decisions are
 * {@link DecisionService}'s.
 */
@ApplicationScoped
public class ModerationService {

    private final Validator validator;
    private final int queueCountLimit;
    private final Event<PublishedCommentsChanged> published;
    private final CommentStore comments;
    private final CommentQueries queries;
    private final CommentHistory history;
    private final Examples examples;
    private final Outbox outbox;

    ModerationService(Validator validator, Event<PublishedCommentsChanged> published, ModeratoConfig config,
                      CommentStore comments, CommentQueries queries, CommentHistory history, Examples examples,
                      Outbox outbox) {
        this.outbox = outbox;
        this.validator = validator;
        this.published = published;
        this.queueCountLimit = config.moderation().queueCountLimit();
        this.comments = comments;
        this.queries = queries;
        this.history = history;
        this.examples = examples;
    }

    /**
     * A page of the queue: after {@code after} when given (its order then wins), else the {@code page}th of this
     * order. One comment more than the page is read, to know whether a next page exists.
     */
    @Transactional
    public QueuePage queue(CommentStatus status, String thread, String reason, QueueOrder order, QueuePosition after,
                           int page, int size) {
        QueueOrder read = after == null ? order : after.order();
        long counted = queries.countUpTo(queueCountLimit + 1L, status, thread, reason);
        if (after == null && (long) page * size > Integer.MAX_VALUE) {
            return new QueuePage(Math.min(counted, queueCountLimit), counted <= queueCountLimit, page, size, List.of(), null);
        }
        List<Comment> found = queries.queue(status, thread, reason, read, after, after == null ? page * size : 0, size + 1);
        String next = found.size() > size ? QueueCursor.encode(QueuePosition.after(read, found.get(size - 1))) : null;
        List<ModeratedComment> items = found.stream().limit(size).map(ModeratedComment::of).toList();
        return new QueuePage(Math.min(counted, queueCountLimit), counted <= queueCountLimit, page, size, items, next);
    }

    @Transactional
    public QueuePage queue(CommentStatus status, String thread, String reason, int page, int size) {
        return queue(status, thread, reason, QueueOrder.OLDEST, null, page, size);
    }

    @Transactional
    public ModeratedComment get(UUID id) {
        return comments.find(id).map(ModeratedComment::of).orElseThrow(ModerationService::notFound);
    }

    /** Corrects name, website or body under the submission rules; the status stays as it is. */
    @Transactional
    public ModeratedComment edit(UUID id, CommentEdit edit, Precondition precondition, String actor) {
        Comment comment = comments.lock(id).orElseThrow(ModerationService::notFound);
        if (!precondition.matches(comment.version)) {
            throw DomainException.stale("The comment has changed since you read it; read it again before editing.");
        }
        CommentContent merged = new CommentContent(edit.name() == null ? comment.name : edit.name(),
                edit.website() == null ? comment.website : edit.website(),
                edit.body() == null ? comment.body : edit.body());
        Set<ConstraintViolation<CommentContent>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(ProblemMappers.toViolations(violations));
        }
        if (merged.equals(new CommentContent(comment.name, comment.website, comment.body))) {
            return ModeratedComment.of(comment); // nothing to change, nothing to record
        }
        comment.name = merged.name();
        comment.website = merged.website();
        comment.body = merged.body();
        comments.update(comment);
        Instant at = now();
        history.record(id, at, actor, "edit", comment.status, comment.status, null);
        outbox.append(EventType.EDITED, comment, at);
        if (comment.status == CommentStatus.APPROVED) {
            published.fire(new PublishedCommentsChanged(comment.thread));
        }
        return ModeratedComment.of(comment);
    }

    /** Removes the comment and its personal data; its history stays, stripped of free text. */
    @Transactional
    public void delete(UUID id, String actor) {
        Comment comment = comments.lock(id).orElseThrow(ModerationService::notFound);
        history.forgetReasons(id);
        Instant at = now();
        history.record(id, at, actor, "delete", comment.status, null, null);
        outbox.append(EventType.DELETED, comment, at);
        if (comment.status == CommentStatus.APPROVED) {
            published.fire(new PublishedCommentsChanged(comment.thread));
        }
        examples.forget(id);
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

    /** What a moderator sees at a glance, cheap at any queue length: pending counted up to the limit, and the oldest. */
    @Transactional
    public QueueGlance glance() {
        long counted = queries.countUpTo(queueCountLimit + 1L, CommentStatus.PENDING, null);
        return new QueueGlance(Math.min(counted, queueCountLimit), counted <= queueCountLimit,
                queries.oldestPendingAt().orElse(null));
    }

    @Transactional
    public QueueStats stats() {
        var counts = queries.countsByStatus();
        return new QueueStats(counts.getOrDefault(CommentStatus.PENDING, 0L),
                counts.getOrDefault(CommentStatus.APPROVED, 0L),
                counts.getOrDefault(CommentStatus.REJECTED, 0L),
                counts.getOrDefault(CommentStatus.SPAM, 0L),
                queries.oldestPendingAt().orElse(null));
    }

    /** Moderators' decisions per UTC day and action over the last {@code days} days, today included. */
    @Transactional
    public List<CommentHistory.DayCount> decisionsPerDay(int days, Instant now) {
        Instant since = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(days - 1L)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return history.decisionsPerDay(since);
    }

    static DomainException notFound() {
        return DomainException.notFound("There is no comment with this id.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
