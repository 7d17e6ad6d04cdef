package dev.moderato.screening.learning;

import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A logistic regression over {@link Features}: Apache OpenNLP's maximum-entropy model, trained by L-BFGS with an
 * L2 penalty (the evaluation in BENCHMARKS.md chose it over naive Bayes and Tribuo's SGD-trained linear models).
 * With two outcomes the model is linear: the log odds of spam are the sum of the comment's features' weights. Once
 * trained, each feature's weight is read from the model into a table, and scoring adds them up ({@link #score}
 * equals the library's evaluation, {@link #probability}, which makes a string of each n-gram: see GramWeights).
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
    /** Each feature the model knows, and its weight towards spam. */
    private final Map<String, Double> weights;
    private final GramWeights grams;

    private SpamModel(MaxentModel model, String[] features) {
        this.model = model;
        this.spamIndex = model.getIndex(SPAM);
        Map<String, Double> weights = new HashMap<>();
        for (String feature : features) {
            double[] probabilities = model.eval(new String[] {feature});
            weights.put(feature, Math.log(probabilities[spamIndex] / probabilities[1 - spamIndex]));
        }
        this.weights = weights;
        this.grams = new GramWeights(weights);
    }

    /** Trains on the examples, which must hold both kinds. */
    public static SpamModel train(List<Example> examples) {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example example : examples) {
            events.add(new Event(example.spam() ? SPAM : LEGITIMATE,
                    Features.of(example.name(), example.website(), example.body()).toArray(String[]::new)));
        }
        try {
            TrainingParameters parameters = parameters();
            OnePassDataIndexer indexer = new OnePassDataIndexer();
            indexer.init(parameters, new HashMap<>());
            indexer.index(ObjectStreamUtils.createObjectStream(events));
            return new SpamModel(TrainerFactory.getEventTrainer(parameters, null).train(indexer), indexer.getPredLabels());
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
        return parameters;
    }

    /** The probability the model gives the comment of being spam, from 0 to 1. */
    public double score(String name, String website, String body) {
        return score(Features.split(name, website, body));
    }

    /** The score of a comment's features: the logistic function of the sum of their weights. */
    public double score(Features.Split features) {
        double logOdds = grams.sum(features.gramText());
        for (String feature : features.others()) {
            logOdds += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** The library's own evaluation of a comment's features ({@link Features#of}): what {@link #score} adds up to. */
    double probability(List<String> features) {
        return model.eval(features.toArray(String[]::new))[spamIndex];
    }

    /** The score, and up to {@code count} words of the body that raised it most: {@link #words}. */
    public Explained explain(String name, String website, String body, int count) {
        return new Explained(score(name, website, body), words(body, count));
    }

    /**
     * Up to {@code count} words of the body that raise its score most: a word weighs its own feature's weight and
     * those of the character n-grams inside it; bigrams and shapes belong to no one word.
     */
    public List<String> words(String body, int count) {
        record Weighed(String word, double weight) {
        }
        List<Weighed> weighed = new ArrayList<>();
        for (String word : distinctWords(body)) {
            double weight = weights.getOrDefault(Features.WORD + word, 0.0) + grams.sum(Features.wordText(word));
            if (weight > 0) {
                weighed.add(new Weighed(word, weight));
            }
        }
        return weighed.stream()
                .sorted(Comparator.comparingDouble(Weighed::weight).reversed())
                .limit(count)
                .map(Weighed::word)
                .toList();
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
