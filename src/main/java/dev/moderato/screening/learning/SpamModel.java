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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private static final int WORDS_WEIGHED = 50;
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
     * The score, and up to {@code count} words of the body that raised it most. The model is linear: a comment's log
     * odds of spam are the sum of its features' weights. A word weighs its own feature's weight and those of the
     * comment's character n-grams that lie within it; bigrams and shapes belong to no one word. Only lookups: no
     * second scoring of the text.
     */
    public Explained explain(String name, String website, String body, int count) {
        List<String> features = Features.of(name, website, body);
        Set<String> present = new HashSet<>(features);
        record Weighed(String word, double weight) {
        }
        List<Weighed> weighed = new ArrayList<>();
        for (String word : distinctWords(body)) {
            double weight = weight(Features.WORD + word);
            for (String gram : Features.charGrams(word)) {
                weight += present.contains(gram) ? weight(gram) : 0;
            }
            if (weight > 0) {
                weighed.add(new Weighed(word, weight));
            }
        }
        List<String> words = weighed.stream()
                .sorted(Comparator.comparingDouble(Weighed::weight).reversed())
                .limit(count)
                .map(Weighed::word)
                .toList();
        return new Explained(score(features), words);
    }

    /** A feature's weight towards spam: the log odds the model gives a comment that has only this feature. */
    private double weight(String feature) {
        double[] probabilities = model.eval(new String[] {feature});
        return Math.log(probabilities[spamIndex] / probabilities[1 - spamIndex]);
    }

    private static Set<String> distinctWords(String body) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : Features.tokens(Features.fold(body))) {
            if (word.length() <= WORD_LENGTH && words.size() < WORDS_WEIGHED) {
                words.add(word);
            }
        }
        return words;
    }
}
