package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.problem.InvalidRequestException;
import dev.moderato.problem.ProblemMappers;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Validates a submission and stores it as pending. Returns only once the transaction has
 * committed, so a caller that answers 202 afterwards answers for a durable comment.
 */
@ApplicationScoped
public class SubmissionService {

    private static final int MAX_USER_AGENT = 512;

    private static final long WRITE_TIMEOUT_SECONDS = 30;

    private final Validator validator;
    private final CommentWriter writer;
    private final MeterRegistry registry;

    SubmissionService(Validator validator, CommentWriter writer, MeterRegistry registry) {
        this.validator = validator;
        this.writer = writer;
        this.registry = registry;
    }

    /** Client details kept for moderators only. */
    public record Origin(String ip, String userAgent) {
    }

    public Comment submit(SubmissionRequest request, Origin origin) {
        Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            count("invalid");
            throw new InvalidRequestException(ProblemMappers.toViolations(violations));
        }
        Comment comment = new Comment();
        comment.thread = request.thread();
        comment.parentId = request.parentId() == null ? null : UUID.fromString(request.parentId());
        comment.name = request.name();
        comment.email = request.email();
        comment.website = request.website();
        comment.body = request.body();
        comment.status = CommentStatus.PENDING;
        comment.ip = origin.ip();
        comment.userAgent = truncate(origin.userAgent());
        comment.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        writer.write(comment, WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        count("accepted");
        return comment;
    }

    private void count(String outcome) {
        registry.counter("moderato.submissions", "outcome", outcome).increment();
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }
}
