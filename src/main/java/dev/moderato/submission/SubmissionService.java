package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.platform.problem.InvalidRequestException;
import dev.moderato.screening.Rejection;
import dev.moderato.thread.ThreadView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Takes a submission from the event loop that read it to the durable store and back: the {@link Intake} judges
 * it, the {@link CommentWriter} stores it, and the answer comes only once the transaction holding the comment has
 * committed, so a caller that answers 202 answers for a durable comment.
 *
 * <p>Most submissions are judged from memory on the event loop, and the answer returns to that event loop from
 * the writer's commit: no worker thread is held while the comment waits for its batch. A submission that needs
 * the database first (a reply, a thread whose settings are not in memory, trusted authors on) is judged on a
 * worker thread instead.
 */
@ApplicationScoped
public class SubmissionService {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final Intake intake;
    private final CommentWriter writer;
    private final MeterRegistry registry;
    private final ManagedExecutor workers;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

    SubmissionService(Intake intake, CommentWriter writer, MeterRegistry registry, ManagedExecutor workers) {
        this.intake = intake;
        this.writer = writer;
        this.registry = registry;
        this.workers = workers;
    }

    /**
     * The stored comment, once committed; or an {@link InvalidRequestException}, a {@link Rejection}, or unavailable
     * when the store cannot take it. Call it on the event loop that read the request: the answer comes back there.
     *
     * <p>A {@link CompletionStage} rather than a {@code Uni}: each Mutiny callback captures and restores every
     * propagated context (CDI request, transaction, Vert.x), a measurable share of the event loops' time on this
     * path, and nothing here needs those contexts.
     */
    public CompletionStage<Comment> submit(SubmissionRequest request, Origin origin, FormHints hints) {
        Context eventLoop = Vertx.currentContext();
        CompletableFuture<Comment> stored = judged(request, origin, hints)
                .thenCompose(screened -> store(screened, hints.notifyReplies()));
        CompletableFuture<Comment> answered = eventLoop == null ? stored : backOn(eventLoop, stored);
        return answered.whenComplete((comment, failure) -> {
            Throwable cause = unwrapped(failure);
            if (cause instanceof Rejection rejection) {
                count(rejection.outcome());
            } else if (cause instanceof InvalidRequestException) {
                count("invalid");
            }
        });
    }

    /** What a failed stage failed with, without the {@link CompletionException} that stages wrap it in. */
    public static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private CompletableFuture<Intake.Screened> judged(SubmissionRequest request, Origin origin, FormHints hints) {
        if (!intake.worksFromMemory(request, hints)) {
            return onWorker(() -> {
                SubmissionRequest resolved = intake.resolved(request, hints.wordPressParent());
                intake.validate(resolved);
                return intake.screen(resolved, origin, hints);
            });
        }
        try {
            intake.validate(request);
            Optional<ThreadView> thread = intake.rememberedThread(request);
            return thread.isPresent()
                    ? CompletableFuture.completedFuture(intake.screen(request, thread.get(), origin, hints))
                    : onWorker(() -> intake.screen(request, origin, hints));
        } catch (RuntimeException invalidOrRejected) {
            return CompletableFuture.failedFuture(invalidOrRejected);
        }
    }

    /**
     * Work that may ask the database, off the event loop, with the request's contexts: the parent lookup needs the
     * request scope, and validation messages the reader's language.
     */
    private CompletableFuture<Intake.Screened> onWorker(Supplier<Intake.Screened> work) {
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

    private CompletableFuture<Comment> store(Intake.Screened screened, Locale notifyReplies) {
        return writer.write(screened.comment(), screened.event(), notifyReplies, WRITE_TIMEOUT).thenApply(committed -> {
            count(screened.outcome());
            return screened.comment();
        });
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, key -> registry.counter("moderato.submissions", "outcome", key)).increment();
    }
}
