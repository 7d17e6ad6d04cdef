package dev.moderato.screening.learning;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.screening.Candidate;
import dev.moderato.screening.Screen;
import dev.moderato.screening.Verdict;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.stream.Collectors;

/**
 * The learning spam filter's verdict: spam at or above {@code spam-threshold}, held at or above
 * {@code hold-threshold}, with the score and the words that weighed most. Scores from the model in memory:
 * it runs on the event loop. Last of the checks, as the most expensive.
 */
@ApplicationScoped
@Priority(100)
public class ClassifierScreen implements Screen {

    static final String CODE = "classifier";
    private static final int WORDS = 3;

    private final Classifier classifier;
    private final ModeratoConfig.Classifier settings;

    ClassifierScreen(Classifier classifier, ModeratoConfig config) {
        this.classifier = classifier;
        this.settings = config.screening().classifier();
    }

    @Override
    public Verdict check(Candidate candidate) {
        SpamModel model = classifier.model().orElse(null);
        if (model == null || !settings.enabled()) {
            return Verdict.PASS;
        }
        double score = model.score(candidate.name(), candidate.website(), candidate.body());
        if (score < settings.holdThreshold()) {
            return Verdict.PASS.scored(score);
        }
        String detail = detail(new SpamModel.Explained(score, model.words(candidate.body(), WORDS)));
        return (score >= settings.spamThreshold() ? Verdict.spam(CODE, detail) : Verdict.hold(CODE, detail)).scored(score);
    }

    /** "Score 0.97; words: "subscribe", "channel", "check"." Within the 200 characters of a reason's detail. */
    static String detail(SpamModel.Explained explained) {
        // By hand: String.format builds a Formatter and its locale's number symbols for each comment scored.
        long hundredths = (long) Math.floor(explained.score() * 100);
        String score = "Score " + hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
        if (explained.words().isEmpty()) {
            return score + ".";
        }
        return score + "; words: " + explained.words().stream().map(word -> "\"" + word + "\"")
                .collect(Collectors.joining(", ")) + ".";
    }
}
