package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Ids;
import dev.moderato.comment.Reason;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.platform.problem.ProblemMappers;
import dev.moderato.screening.Candidate;
import dev.moderato.screening.Rejection;
import dev.moderato.screening.Screening;
import dev.moderato.screening.ScreeningResult;
import dev.moderato.thread.ThreadSettings;
import dev.moderato.thread.ThreadView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.validator.HibernateValidatorFactory;

import java.lang.annotation.ElementType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Validates a submission, screens it, and stores it as pending, published or spam. The answer
 * comes only once the transaction holding the comment has committed, so a caller that answers 202
 * then answers for a durable comment.
 *
 * <p>Most submissions are checked from memory on the event loop that read them, and the answer
 * returns to that event loop from the writer's commit: no worker thread is held while the comment
 * waits for its batch. A submission that needs the database before it can be queued (a reply,
 * whose parent is looked up; a thread whose settings are not in memory; trusted authors on) is
 * checked on a worker thread instead.
 */
@ApplicationScoped
public class SubmissionService {

    private static final int MAX_USER_AGENT = 512;

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final Validator validator;
    private final Screening screening;
    private final ThreadSettings threads;
    private final CommentWriter writer;
    private final MeterRegistry registry;
    private final ManagedExecutor workers;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

    SubmissionService(ValidatorFactory validators, Screening screening, ThreadSettings threads, CommentWriter writer,
                      MeterRegistry registry, ManagedExecutor workers) {
        this.validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(new EveryPropertyReachable())
                .enableTraversableResolverResultCache(false)
                .getValidator();
        this.screening = screening;
        this.threads = threads;
        this.writer = writer;
        this.registry = registry;
        this.workers = workers;
    }

    /** Client details kept for moderators only. */
    public record Origin(String ip, String userAgent) {
    }

    /** Hidden form fields screening looks at: the honeypot, and the signed form token. */
    public record FormHints(String honeypot, String formToken) {
        public static final FormHints NONE = new FormHints(null, null);
    }

    /**
     * The stored comment, once committed; or an {@link InvalidRequestException}, a {@link Rejection}, or a 503 when the
     * store cannot take it. Call it on the event loop that read the request: the answer comes back there.
     *
     * <p>A {@link CompletionStage} rather than a {@code Uni}: each Mutiny callback captures and restores every
     * propagated context (CDI request, transaction, Vert.x), and with the eight callbacks this path took, that was a
     * sixth of the event loops' time at ~14k submissions/s. Nothing here needs those contexts.
     */
    public CompletionStage<Comment> submit(SubmissionRequest request, Origin origin, FormHints hints) {
        Context eventLoop = Vertx.currentContext();
        CompletableFuture<Comment> stored = screened(request, origin, hints).thenCompose(this::store);
        CompletableFuture<Comment> answered = eventLoop == null ? stored : backOn(eventLoop, stored);
        return answered.whenComplete((comment, failure) -> {
            if (unwrapped(failure) instanceof Rejection rejection) {
                count(rejection.outcome());
            }
        });
    }

    /** What a failed stage failed with, without the {@link CompletionException} that stages wrap it in. */
    public static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private CompletableFuture<Screened> screened(SubmissionRequest request, Origin origin, FormHints hints) {
        if (request.parentId() != null || !screening.worksFromMemory()) {
            return onWorker(() -> {
                validate(request);
                return screen(request, threads.settingOf(request.thread()), origin, hints);
            });
        }
        // Nothing in the request's own checks needs the database; the thread's settings may.
        try {
            validate(request);
            Optional<ThreadView> thread = threads.remembered(request.thread());
            return thread.isPresent()
                    ? CompletableFuture.completedFuture(screen(request, thread.get(), origin, hints))
                    : onWorker(() -> screen(request, threads.settingOf(request.thread()), origin, hints));
        } catch (RuntimeException invalidOrRejected) {
            return CompletableFuture.failedFuture(invalidOrRejected);
        }
    }

    private record Screened(Comment comment, CommentEvent event, String outcome) {
    }

    /**
     * Work that may ask the database, off the event loop, with the request's contexts: the parent lookup needs the
     * request scope, and validation messages the reader's language.
     */
    private CompletableFuture<Screened> onWorker(Supplier<Screened> work) {
        return workers.supplyAsync(work);
    }

    /** Completes on the event loop, where the response is written, whichever thread completed {@code stage}. */
    private static <T> CompletableFuture<T> backOn(Context eventLoop, CompletableFuture<T> stage) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        stage.whenComplete((item, failure) -> eventLoop.runOnContext(ignored -> {
            if (failure == null) {
                answer.complete(item);
            } else {
                answer.completeExceptionally(unwrapped(failure));
            }
        }));
        return answer;
    }

    /**
     * A submission is a plain request, not an entity: all of it is there to validate. With JPA on the classpath the
     * default resolver asked it, for each property of each submission, whether it was a lazy attribute not yet
     * loaded (a quarter of the time validation took); this one answers without asking, whatever the classpath.
     */
    private static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToBean,
                                   ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToBean,
                                    ElementType type) {
            return true;
        }
    }

    private void validate(SubmissionRequest request) {
        Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            count("invalid");
            throw new InvalidRequestException(ProblemMappers.toViolations(violations));
        }
    }

    private Screened screen(SubmissionRequest request, ThreadView thread, Origin origin, FormHints hints) {
        ScreeningResult screened = screening.screen(new Candidate(request, thread, origin.ip(), origin.userAgent(),
                hints.honeypot(), hints.formToken()));
        Comment comment = newComment(request, origin, screened);
        return new Screened(comment, systemEvent(comment, screened), screened.outcome());
    }

    private CompletableFuture<Comment> store(Screened screened) {
        return writer.write(screened.comment(), screened.event(), WRITE_TIMEOUT).thenApply(committed -> {
            count(screened.outcome());
            return screened.comment();
        });
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
        outcomes.computeIfAbsent(outcome, key -> registry.counter("moderato.submissions", "outcome", key)).increment();
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }
}
