package dev.moderato.screening.learning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reason's detail a moderator reads: the score rounded down to two places, and the words. */
class ClassifierScreenTest {

    @Test
    void theScoreIsRoundedDownToTwoPlaces() {
        assertEquals("Score 0.99.", ClassifierScreen.detail(new SpamModel.Explained(0.99999, List.of())));
        assertEquals("Score 0.30.", ClassifierScreen.detail(new SpamModel.Explained(0.3049, List.of())));
        assertEquals("Score 0.05.", ClassifierScreen.detail(new SpamModel.Explained(0.0512, List.of())));
        assertEquals("Score 1.00.", ClassifierScreen.detail(new SpamModel.Explained(1.0, List.of())));
    }

    @Test
    void theWordsFollowInQuotes() {
        assertEquals("Score 0.97; words: \"subscribe\", \"channel\".",
                ClassifierScreen.detail(new SpamModel.Explained(0.975, List.of("subscribe", "channel"))));
    }
}
