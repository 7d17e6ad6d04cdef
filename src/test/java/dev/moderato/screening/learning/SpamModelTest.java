package dev.moderato.screening.learning;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model on its own: what it learns from a few examples, and how it explains a score. */
class SpamModelTest {

    private static final String SPAM = "Subscribe to my channel for free gift cards!!! http://promo-new.example.com/win";
    private static final String LEGITIMATE = "The part about the harbour project was well argued; the mayor said as much.";

    private static List<SpamModel.Example> examples;
    private static SpamModel model;

    @BeforeAll
    static void train() {
        examples = new ArrayList<>();
        ClassifierApi.spam(30).forEach(body -> examples.add(new SpamModel.Example("Promo Bot", null, body, true)));
        ClassifierApi.legitimate(30).forEach(body -> examples.add(new SpamModel.Example("Ada", null, body, false)));
        model = SpamModel.train(examples);
    }

    @Test
    void scoresLikeWhatItWasTaught() {
        assertTrue(model.score("Someone", null, SPAM) > 0.9, "spam like the spam it learned");
        assertTrue(model.score("Someone", null, LEGITIMATE) < 0.1, "a remark like those it learned");
    }

    @Test
    void explainsAScoreWithTheWordsThatWeighTowardsSpam() {
        SpamModel.Explained explained = model.explain("Someone", null, SPAM, 3);

        assertEquals(model.score("Someone", null, SPAM), explained.score(), 1e-12);
        assertEquals(3, explained.words().size());
        Set<String> spammy = Set.of("subscribe", "channel", "free", "gift", "cards", "http", "win", "promo", "example", "com", "new", "my", "for", "to");
        assertTrue(spammy.containsAll(explained.words()), explained.words().toString());
    }

    @Test
    void aRemarkHasNoWordWeighingTowardsSpam() {
        SpamModel.Explained explained = model.explain("Someone", null, LEGITIMATE, 3);

        assertFalse(explained.words().contains("mayor"), explained.words().toString());
    }

    @Test
    void scoresAddUpTheWeightsAsTheLibraryEvaluates() {
        for (String body : List.of(SPAM, LEGITIMATE, "check check check my channel 123 456", "Ａｄａ wrote: ok")) {
            assertEquals(model.probability(Features.of("Someone", "https://example.org", body)),
                    model.score("Someone", "https://example.org", body), 1e-9, body);
        }
    }

    @Test
    void theSameExamplesTrainTheSameModel() {
        SpamModel again = SpamModel.train(examples);

        assertEquals(model.score("Someone", null, SPAM), again.score("Someone", null, SPAM), 0.0);
        assertEquals(model.score("Someone", null, LEGITIMATE), again.score("Someone", null, LEGITIMATE), 0.0);
    }
}
