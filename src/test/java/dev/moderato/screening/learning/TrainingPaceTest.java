package dev.moderato.screening.learning;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the spam filter trains: after a rest, and not while submissions keep the writer busy, for a minute at most. */
class TrainingPaceTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long START = 1_000 * SECOND;

    @Test
    void changedExamplesAreLearnedAtOnceWhileTheWriterIsIdle() {
        assertTrue(new TrainingPace(START).mayStart(START, false));
    }

    @Test
    void aTrainingRestsFourTimesAsLongAsItTook() {
        TrainingPace pace = new TrainingPace(START);
        pace.trained(START, START + 2 * SECOND);

        assertTrue(pace.resting(START + 9 * SECOND));
        assertFalse(pace.mayStart(START + 9 * SECOND, false));
        assertFalse(pace.resting(START + 10 * SECOND));
        assertTrue(pace.mayStart(START + 10 * SECOND, false));
    }

    @Test
    void aBusyWriterPutsTheTrainingOffUntilItCalms() {
        TrainingPace pace = new TrainingPace(START);

        assertFalse(pace.mayStart(START, true));
        assertFalse(pace.mayStart(START + 30 * SECOND, true));
        assertTrue(pace.mayStart(START + 35 * SECOND, false));
    }

    @Test
    void aBurstThatLastsPutsTheTrainingOffForAMinuteAtMost() {
        TrainingPace pace = new TrainingPace(START);

        assertFalse(pace.mayStart(START, true));
        assertFalse(pace.mayStart(START + 59 * SECOND, true));
        assertTrue(pace.mayStart(START + 60 * SECOND, true));
        pace.trained(START + 60 * SECOND, START + 61 * SECOND);

        // The minute counts again from the first look after the rest: one training a minute through the burst.
        assertFalse(pace.mayStart(START + 65 * SECOND, true));
        assertFalse(pace.mayStart(START + 124 * SECOND, true));
        assertTrue(pace.mayStart(START + 125 * SECOND, true));
    }

    @Test
    void aResetEndsTheRest() {
        TrainingPace pace = new TrainingPace(START);
        pace.trained(START, START + 10 * SECOND);

        pace.reset(START + 11 * SECOND);

        assertTrue(pace.mayStart(START + 11 * SECOND, false));
    }
}
