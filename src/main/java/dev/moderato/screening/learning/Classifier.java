package dev.moderato.screening.learning;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import dev.moderato.platform.storage.WriteLoad;
import dev.moderato.platform.storage.WriterLoad;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The spam filter as this replica holds it: a model trained from the examples in the database, in memory, so that
 * screening scores a submission without a query. Every {@code refresh-interval} a replica checks whether the
 * examples changed (a decision here or on another replica, a reset) and trains a new model from all of them;
 * replicas that read the same examples train the same model. Training a thousand examples takes about a second,
 * on the scheduler's thread, never a request's, at the pace {@link TrainingPace} sets: it rests after each training
 * and waits, for a minute at most, while a burst of submissions keeps the comment writer busy.
 */
@ApplicationScoped
public class Classifier {

    /** The latest examples of each kind that training reads; older ones no longer count. */
    static final int MAX_EXAMPLES_PER_KIND = 5000;
    static final String REFRESH_JOB = "classifier-refresh";

    private static final Logger LOG = Logger.getLogger(Classifier.class);

    /** The model in use, the examples it learned, and the fingerprint of the examples it was trained from. */
    record Trained(SpamModel model, int spam, int legitimate, Examples.Fingerprint fingerprint) {

        static final Trained NOTHING = new Trained(null, 0, 0, null);
    }

    /** What the filter knows, for administrators. */
    public record Status(int spam, int legitimate, boolean active) {
    }

    private final Examples examples;
    private final ModeratoConfig.Classifier settings;
    private final AtomicReference<Trained> trained = new AtomicReference<>(Trained.NOTHING);
    private final WriterLoad writerLoad;
    private final TrainingPace pace = new TrainingPace(System.nanoTime());

    Classifier(Examples examples, ModeratoConfig config, WriteLoad writer) {
        this.examples = examples;
        this.settings = config.screening().classifier();
        this.writerLoad = new WriterLoad(writer);
    }

    /** The model, once enabled and taught {@code min-examples} of each kind; empty before. */
    Optional<SpamModel> model() {
        Trained current = trained.get();
        return Optional.ofNullable(current.model());
    }

    public Status status() {
        Trained current = trained.get();
        return new Status(current.spam(), current.legitimate(), current.model() != null);
    }

    /** Trains a new model when the examples changed since the last one. */
    @Scheduled(identity = REFRESH_JOB, every = "${moderato.screening.classifier.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @SkippedWhileDatabaseAway
    public synchronized void refresh() {
        boolean writerBusy = writerLoad.busySinceLastLook();
        if (pace.resting(System.nanoTime())) {
            return;
        }
        Examples.Fingerprint fingerprint = examples.fingerprint();
        if (fingerprint.equals(trained.get().fingerprint()) || !pace.mayStart(System.nanoTime(), writerBusy)) {
            return;
        }
        long started = System.nanoTime();
        List<Examples.Stored> spam = ModeratorCap.apply(examples.latest(true, MAX_EXAMPLES_PER_KIND),
                settings.maxModeratorShare(), settings.minExamples());
        List<Examples.Stored> legitimate = ModeratorCap.apply(examples.latest(false, MAX_EXAMPLES_PER_KIND),
                settings.maxModeratorShare(), settings.minExamples());
        boolean enough = spam.size() >= settings.minExamples() && legitimate.size() >= settings.minExamples()
                && !spam.isEmpty() && !legitimate.isEmpty();
        SpamModel model = settings.enabled() && enough ? train(spam, legitimate) : null;
        trained.set(new Trained(model, spam.size(), legitimate.size(), fingerprint));
        pace.trained(started, System.nanoTime());
    }

    /** Forgets every example, here at once and on other replicas at their next refresh. */
    @Transactional
    public synchronized void reset() {
        examples.forgetAll();
        trained.set(Trained.NOTHING);
        pace.reset(System.nanoTime());
    }

    private static SpamModel train(List<Examples.Stored> spam, List<Examples.Stored> legitimate) {
        List<Examples.Stored> all = new ArrayList<>(spam);
        all.addAll(legitimate);
        // One order on every replica, whatever order the database answered in: the same examples, the same model.
        all.sort(Comparator.comparing(Examples.Stored::commentId));
        long started = System.nanoTime();
        SpamModel model = SpamModel.train(all.stream()
                .map(example -> new SpamModel.Example(example.name(), example.website(), example.body(), example.spam()))
                .toList());
        LOG.debugf("Trained the spam filter on %d spam and %d legitimate comments in %d ms", spam.size(),
                legitimate.size(), (System.nanoTime() - started) / 1_000_000);
        return model;
    }
}
