package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentStore;
import dev.moderato.comment.Ids;
import dev.moderato.comment.Reason;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.screening.Candidate;
import dev.moderato.screening.Screening;
import dev.moderato.screening.ScreeningResult;
import dev.moderato.thread.ThreadSettings;
import dev.moderato.thread.ThreadView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What happens to a submission before it is queued for storage: validated, screened against its thread's
 * settings, and built into a comment with the audit entry of what screening did. Throws
 * {@link InvalidRequestException} for invalid fields and a {@code Rejection} when screening refuses it.
 */
@ApplicationScoped
class Intake {

    private static final int MAX_USER_AGENT = 512;

    /** A comment ready for the writer, and the outcome it is counted under once stored. */
    record Screened(Comment comment, CommentEvent event, String outcome) {
    }

    private final Validator validator;
    private final Screening screening;
    private final ThreadSettings threads;
    private final CommentStore comments;

    Intake(Validator validator, Screening screening, ThreadSettings threads, CommentStore comments) {
        this.validator = validator;
        this.screening = screening;
        this.threads = threads;
        this.comments = comments;
    }

    /**
     * Whether the whole intake of this request can run from memory, on an event loop: not for a reply (its
     * parent is looked up, a WordPress parent too), nor when screening asks the database (trusted authors).
     */
    boolean worksFromMemory(SubmissionRequest request, FormHints hints) {
        return request.parentId() == null && hints.wordPressParent() == null && screening.worksFromMemory();
    }

    /**
     * The request answering the comment imported under this WordPress comment id ({@code comment_parent} of a
     * WordPress form), or none when no comment was imported with it: a reply to a comment Moderato never had is
     * still a comment. Call it where blocking is allowed.
     */
    SubmissionRequest resolved(SubmissionRequest request, String wordPressParent) {
        if (wordPressParent == null || !validator.validateProperty(request, "thread").isEmpty()) {
            return request; // a thread the database cannot hold is reported by validate, not looked up
        }
        Optional<UUID> imported;
        try {
            imported = comments.findIdByWordPressId(request.thread(), Long.parseLong(wordPressParent));
        } catch (NumberFormatException beyondAnyWordPressId) {
            imported = Optional.empty();
        }
        return request.withParent(imported.map(UUID::toString).orElse(null));
    }

    void validate(SubmissionRequest request) {
        Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(ProblemMappers.toViolations(violations));
        }
    }

    /** The thread's settings if they are in memory; otherwise they must be read where blocking is allowed. */
    Optional<ThreadView> rememberedThread(SubmissionRequest request) {
        return threads.remembered(request.thread());
    }

    /** Screens against the thread's settings, reading them from the database if need be: call it where blocking is allowed. */
    Screened screen(SubmissionRequest request, Origin origin, FormHints hints) {
        return screen(request, threads.settingOf(request.thread()), origin, hints);
    }

    Screened screen(SubmissionRequest request, ThreadView thread, Origin origin, FormHints hints) {
        ScreeningResult screened = screening.screen(new Candidate(request.name(), request.email(), request.website(),
                request.body(), thread, origin.ip(), origin.userAgent(), hints.honeypot(), hints.formToken()));
        Comment comment = newComment(request, origin, screened);
        return new Screened(comment, systemEvent(comment, screened), screened.outcome());
    }

    private static Comment newComment(SubmissionRequest request, Origin origin, ScreeningResult screened) {
        Comment comment = new Comment();
        comment.id = Ids.next();
        comment.thread = request.thread();
        comment.parentId = request.parentId() == null ? null : UUID.fromString(request.parentId());
        comment.name = request.name();
        comment.email = request.email();
        comment.website = request.website();
        comment.body = request.body();
        comment.status = screened.status();
        comment.reasons = new ArrayList<>(screened.reasons());
        comment.spamScore = screened.spamScore();
        comment.ip = origin.ip();
        comment.userAgent = truncate(origin.userAgent());
        comment.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return comment;
    }

    /** What screening did, for the history under actor {@code system}; nothing when it only queued the comment. */
    private static CommentEvent systemEvent(Comment comment, ScreeningResult screened) {
        if (comment.status == CommentStatus.PENDING && screened.reasons().isEmpty()) {
            return null;
        }
        String action = switch (comment.status) {
            case SPAM -> "spam";
            case APPROVED -> "approve";
            default -> "hold";
        };
        String reason = screened.reasons().isEmpty() ? "published at once"
                : screened.reasons().stream().map(Reason::code).collect(Collectors.joining(", "));
        return CommentEvent.of(comment.id, comment.createdAt, CommentEvent.SYSTEM, action, null, comment.status, reason);
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }
}
