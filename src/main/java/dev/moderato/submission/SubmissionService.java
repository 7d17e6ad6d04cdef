package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;
import dev.moderato.problem.InvalidRequestException;
import dev.moderato.problem.ProblemMappers;
import dev.moderato.screening.Candidate;
import dev.moderato.screening.Rejection;
import dev.moderato.screening.Screening;
import dev.moderato.screening.ScreeningResult;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Validates a submission, screens it, and stores it as pending, published or spam. Returns only once the transaction has
 * committed, so a caller that answers 202 afterwards answers for a durable comment.
 */
@ApplicationScoped
public class SubmissionService {

    private static final int MAX_USER_AGENT = 512;

    private static final long WRITE_TIMEOUT_SECONDS = 30;

    private final Validator validator;
    private final Screening screening;
    private final CommentWriter writer;
    private final MeterRegistry registry;

    SubmissionService(Validator validator, Screening screening, CommentWriter writer, MeterRegistry registry) {
        this.validator = validator;
        this.screening = screening;
        this.writer = writer;
        this.registry = registry;
    }

    /** Client details kept for moderators only. */
    public record Origin(String ip, String userAgent) {
    }

    /** Hidden form fields screening looks at: the honeypot, and the signed form token. */
    public record FormHints(String honeypot, String formToken) {
        public static final FormHints NONE = new FormHints(null, null);
    }

    public Comment submit(SubmissionRequest request, Origin origin, FormHints hints) {
        Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            count("invalid");
            throw new InvalidRequestException(ProblemMappers.toViolations(violations));
        }
        try {
            ScreeningResult screened = screening.screen(new Candidate(request, origin.ip(), origin.userAgent(),
                    hints.honeypot(), hints.formToken()));
            Comment comment = newComment(request, origin, screened);
            writer.write(comment, systemEvent(comment, screened), WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            count(screened.outcome());
            return comment;
        } catch (Rejection rejection) {
            count(rejection.outcome());
            throw rejection;
        }
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
        CommentEvent event = new CommentEvent();
        event.id = Ids.next();
        event.commentId = comment.id;
        event.at = comment.createdAt;
        event.actor = CommentEvent.SYSTEM;
        event.action = action;
        event.toStatus = comment.status;
        event.reason = reason;
        return event;
    }

    private void count(String outcome) {
        registry.counter("moderato.submissions", "outcome", outcome).increment();
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }
}
