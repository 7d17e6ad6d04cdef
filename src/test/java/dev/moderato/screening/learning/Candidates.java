package dev.moderato.screening.learning;

import dev.moderato.screening.learning.YoutubeSpamCollection.Comment;
import dev.moderato.screening.learning.LeaveOneVideoOut.Learner;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.LabelObjective;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The model families the evaluation compares, each from a library. */
final class Candidates {

    private Candidates() {
    }

    static List<Learner> all() {
        return List.of(
                product(),
                openNlp("OpenNLP maxent, L2 0.1, every feature", () -> maxentParameters(0.0, 0.1, 100, 0)),
                openNlp("OpenNLP naive Bayes", Candidates::naiveBayesParameters),
                tribuo("Tribuo logistic regression (SGD, AdaGrad, 10 epochs)", new LogMulticlass(), 10),
                tribuo("Tribuo linear SVM (SGD hinge, AdaGrad, 10 epochs)", new Hinge(), 10));
    }

    /** The product's own model: {@link SpamModel}. */
    static Learner product() {
        return new Learner() {
            public String name() {
                return "SpamModel: OpenNLP maxent (L-BFGS), L2 0.3, features seen 3 times or more";
            }

            public Function<Comment, Double> train(List<Comment> examples) {
                SpamModel model = SpamModel.train(examples.stream()
                        .map(comment -> new SpamModel.Example(comment.author(), null, comment.body(), comment.spam()))
                        .toList());
                return comment -> model.score(comment.author(), null, comment.body());
            }
        };
    }

    static TrainingParameters maxentParameters(double l1, double l2, int iterations, int cutoff) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        parameters.put(QNTrainer.L1COST_PARAM, l1);
        parameters.put(QNTrainer.L2COST_PARAM, l2);
        return parameters;
    }

    static TrainingParameters naiveBayesParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, NaiveBayesTrainer.NAIVE_BAYES_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        return parameters;
    }

    static Learner openNlp(String name, Supplier<TrainingParameters> parameters) {
        return new Learner() {
            public String name() {
                return name;
            }

            public Function<Comment, Double> train(List<Comment> examples) {
                List<Event> events = examples.stream()
                        .map(example -> new Event(example.spam() ? "spam" : "legitimate", features(example).toArray(String[]::new)))
                        .toList();
                try {
                    MaxentModel model = TrainerFactory.getEventTrainer(parameters.get(), null)
                            .train(ObjectStreamUtils.createObjectStream(events));
                    int spam = model.getIndex("spam");
                    return comment -> model.eval(features(comment).toArray(String[]::new))[spam];
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static Learner tribuo(String name, LabelObjective objective, int epochs) {
        return new Learner() {
            public String name() {
                return name;
            }

            public Function<Comment, Double> train(List<Comment> examples) {
                LabelFactory labels = new LabelFactory();
                List<Example<Label>> data = examples.stream().map(example -> tribuoExample(features(example),
                        new Label(example.spam() ? "spam" : "legitimate"))).toList();
                MutableDataset<Label> dataset = new MutableDataset<>(
                        new ListDataSource<>(data, labels, new SimpleDataSourceProvenance("decisions", labels)));
                Model<Label> model = new LinearSGDTrainer(objective, new AdaGrad(0.1, 0.1), epochs, 1000, 1, 1L).train(dataset);
                boolean hinge = objective instanceof Hinge;
                return comment -> {
                    var scores = model.predict(tribuoExample(features(comment), LabelFactory.UNKNOWN_LABEL)).getOutputScores();
                    double spam = scores.get("spam").getScore();
                    double legitimate = scores.get("legitimate").getScore();
                    return hinge ? 1 / (1 + Math.exp(legitimate - spam)) : spam;
                };
            }
        };
    }

    private static List<String> features(Comment comment) {
        return Features.of(comment.author(), null, comment.body());
    }

    private static Example<Label> tribuoExample(List<String> features, Label label) {
        String[] names = features.toArray(String[]::new);
        double[] values = new double[names.length];
        java.util.Arrays.fill(values, 1.0);
        return new ArrayExample<>(label, names, values);
    }
}
