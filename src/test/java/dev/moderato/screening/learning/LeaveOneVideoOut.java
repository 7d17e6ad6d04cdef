package dev.moderato.screening.learning;

import dev.moderato.screening.learning.YoutubeSpamCollection.Comment;
import dev.moderato.screening.learning.YoutubeSpamCollection.Video;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The offline evaluation: for each of the four videos, a model trained on the other three scores its comments,
 * as a site's filter meets the comments of an article it has never seen. Per held-out video, at given thresholds:
 * the share of its spam caught (binned or held), of its legitimate comments binned, and held.
 */
public final class LeaveOneVideoOut {

    /** Trains a model on labelled comments; the model gives a comment's spam score, 0 to 1. */
    public interface Learner {
        String name();

        Function<Comment, Double> train(List<Comment> examples);
    }

    /** The scores a model trained without {@code video} gave to the video's spam and legitimate comments. */
    public record Fold(String video, double[] spam, double[] legitimate, long trainingMillis) {
    }

    /** What the thresholds did to one held-out video. */
    public record Outcome(String video, int spam, int legitimate, double caught, double binned, double held) {
    }

    /** Averages and worst cases over the held-out videos. */
    public record Summary(List<Outcome> videos, double caught, double binned, double held,
                          double worstCaught, double worstBinned, double worstHeld) {

        public boolean meetsTarget() {
            return caught >= 0.95 && binned <= 0.01 && held <= 0.10
                    && worstCaught >= 0.90 && worstBinned <= 0.02 && worstHeld <= 0.25;
        }

        public String table() {
            StringBuilder table = new StringBuilder("| held-out video | spam | legitimate | spam caught | legitimate binned | legitimate held |\n"
                    + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (Outcome video : videos) {
                table.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", video.video(), video.spam(),
                        video.legitimate(), percent(video.caught()), percent(video.binned()), percent(video.held())));
            }
            table.append(String.format(Locale.ROOT, "| **average** | | | %s | %s | %s |%n", percent(caught), percent(binned), percent(held)));
            table.append(String.format(Locale.ROOT, "| **worst** | | | %s | %s | %s |%n", percent(worstCaught), percent(worstBinned), percent(worstHeld)));
            return table.toString();
        }
    }

    private LeaveOneVideoOut() {
    }

    public static List<Fold> folds(List<Video> videos, Learner learner) {
        List<Fold> folds = new ArrayList<>();
        for (Video heldOut : videos) {
            List<Comment> training = new ArrayList<>();
            for (Video video : videos) {
                if (video != heldOut) {
                    training.addAll(video.comments());
                }
            }
            long started = System.nanoTime();
            Function<Comment, Double> model = learner.train(training);
            long trainingMillis = (System.nanoTime() - started) / 1_000_000;
            double[] spam = heldOut.comments().stream().filter(Comment::spam).mapToDouble(model::apply).toArray();
            double[] legitimate = heldOut.comments().stream().filter(comment -> !comment.spam()).mapToDouble(model::apply).toArray();
            folds.add(new Fold(heldOut.name(), spam, legitimate, trainingMillis));
        }
        return folds;
    }

    /** Spam at or above {@code spamThreshold}; held at or above {@code holdThreshold}. */
    public static Summary summary(List<Fold> folds, double holdThreshold, double spamThreshold) {
        return summarise(folds.stream().map(fold -> new Outcome(fold.video(), fold.spam().length, fold.legitimate().length,
                share(fold.spam(), holdThreshold, 2), share(fold.legitimate(), spamThreshold, 2),
                share(fold.legitimate(), holdThreshold, spamThreshold))).toList());
    }

    public static Summary summarise(List<Outcome> outcomes) {
        return new Summary(outcomes,
                outcomes.stream().mapToDouble(Outcome::caught).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::binned).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::held).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::caught).min().orElse(0),
                outcomes.stream().mapToDouble(Outcome::binned).max().orElse(0),
                outcomes.stream().mapToDouble(Outcome::held).max().orElse(0));
    }

    /** The share of scores in [from, to). */
    private static double share(double[] scores, double from, double to) {
        long in = java.util.Arrays.stream(scores).filter(score -> score >= from && score < to).count();
        return scores.length == 0 ? 0 : (double) in / scores.length;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
