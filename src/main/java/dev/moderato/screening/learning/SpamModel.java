package dev.moderato.screening.learning;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A logistic regression over {@link Features}: Apache OpenNLP's maximum-entropy model, trained by L-BFGS with an
 * L2 penalty (the evaluation in BENCHMARKS.md chose it over naive Bayes and Tribuo's SGD-trained linear models).
 * Immutable: a new decision trains a new model, and scoring reads the one in place.
 */
public final class SpamModel {

    static final String SPAM = "spam";
    static final String LEGITIMATE = "legitimate";

    /** A comment's text and what a moderator said it was. */
    public record Example(String name, String website, String body, boolean spam) {

        @Override
        public String toString() {
            return "Example[" + (spam ? SPAM : LEGITIMATE) + "]";
        }
    }

    /** A score, and the words that pushed it up most. */
    public record Explained(double score, List<String> words) {
    }

    private static final double L2_COST = 0.3;
    /** Features seen fewer times than this in the training comments are left out: a rarer one is noise. */
    private static final int CUTOFF = 3;
    private static final int ITERATIONS = 100;
    private static final int WORDS_TRIED = 30;
    private static final int WORD_LENGTH = 24;

    private final MaxentModel model;
    private final int spamIndex;

    private SpamModel(MaxentModel model) {
        this.model = model;
        this.spamIndex = model.getIndex(SPAM);
    }

    /** Trains on the examples, which must hold both kinds. */
    public static SpamModel train(List<Example> examples) {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example example : examples) {
            events.add(new Event(example.spam() ? SPAM : LEGITIMATE,
                    Features.of(example.name(), example.website(), example.body()).toArray(String[]::new)));
        }
        try {
            return new SpamModel(TrainerFactory.getEventTrainer(parameters(), null)
                    .train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the events are in memory: not expected
        }
    }

    private static TrainingParameters parameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        // In memory: the default indexer writes the events to a temporary file first.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        return parameters;
    }

    /** The probability the model gives the comment of being spam, from 0 to 1. */
    public double score(String name, String website, String body) {
        return score(Features.of(name, website, body));
    }

    double score(List<String> features) {
        return model.eval(features.toArray(String[]::new))[spamIndex];
    }

    /**
     * The score, and up to {@code count} words of the body that raised it most: each word is weighed by how much
     * the score falls when every occurrence of it is taken out of the body, its letters with it.
     */
    public Explained explain(String name, String website, String body, int count) {
        double score = score(name, website, body);
        record Weighed(String word, double weight) {
        }
        List<Weighed> weighed = new ArrayList<>();
        for (String word : distinctWords(body)) {
            String without = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(body).replaceAll("");
            double weight = score - score(name, website, without);
            if (weight > 0) {
                weighed.add(new Weighed(word, weight));
            }
        }
        List<String> words = weighed.stream()
                .sorted(Comparator.comparingDouble(Weighed::weight).reversed())
                .limit(count)
                .map(Weighed::word)
                .toList();
        return new Explained(score, words);
    }

    private static Set<String> distinctWords(String body) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : Features.tokens(Features.fold(body))) {
            if (word.length() <= WORD_LENGTH && words.size() < WORDS_TRIED) {
                words.add(word);
            }
        }
        return words;
    }
}
