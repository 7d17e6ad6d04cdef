package dev.moderato.platform.storage;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H2HousekeepingTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long PAUSE = TimeUnit.MILLISECONDS.toNanos(H2Housekeeping.PAUSE_MILLIS);

    @Test
    void aMostlyIdleWriterIsNotBusy() {
        assertFalse(new H2Housekeeping.WriterLoad(0, 0).busySinceLastLook(SECOND, SECOND / 10));
        assertFalse(new H2Housekeeping.WriterLoad(0, 0).busySinceLastLook(SECOND, 0));
    }

    @Test
    void aWriterStoringMoreThanHalfTheTimeIsBusy() {
        assertTrue(new H2Housekeeping.WriterLoad(0, 0).busySinceLastLook(SECOND, SECOND * 6 / 10));
        assertTrue(new H2Housekeeping.WriterLoad(0, 0).busySinceLastLook(SECOND, SECOND));
    }

    @Test
    void halfTheTimeStoringIsNotYetBusy() {
        assertFalse(new H2Housekeeping.WriterLoad(0, 0).busySinceLastLook(SECOND, SECOND / 2));
    }

    @Test
    void aBurstStartingAfterAnIdleSecondIsSeenAtTheNextSlice() {
        H2Housekeeping.WriterLoad load = new H2Housekeeping.WriterLoad(0, 0);
        assertFalse(load.busySinceLastLook(SECOND, SECOND / 20));
        // Storing three quarters of the pause after a slice: busy, though little of the time since the start.
        assertTrue(load.busySinceLastLook(SECOND + PAUSE, SECOND / 20 + PAUSE * 3 / 4));
    }

    @Test
    void aBurstThatEndedIsNoLongerHeldAgainstTheWriter() {
        H2Housekeeping.WriterLoad load = new H2Housekeeping.WriterLoad(0, 0);
        assertTrue(load.busySinceLastLook(SECOND, SECOND * 9 / 10));
        assertFalse(load.busySinceLastLook(2 * SECOND, SECOND * 9 / 10 + SECOND / 10));
    }

    @Test
    void noTimeElapsedIsNotBusy() {
        H2Housekeeping.WriterLoad load = new H2Housekeeping.WriterLoad(SECOND, SECOND);
        assertFalse(load.busySinceLastLook(SECOND, 2 * SECOND));
    }
}
