package dev.moderato.platform.storage;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's load as the H2 housekeeping and the spam filter's training judge it. */
class WriterLoadTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long PAUSE = TimeUnit.MILLISECONDS.toNanos(H2Housekeeping.PAUSE_MILLIS);

    /** The writer's busy time so far, as the test sets it. */
    private final AtomicLong busy = new AtomicLong();

    private WriterLoad lookingFrom(long nowNanos, long busyNanos) {
        busy.set(busyNanos);
        return new WriterLoad(busy::get, nowNanos);
    }

    private boolean busyAt(WriterLoad load, long nowNanos, long busyNanos) {
        busy.set(busyNanos);
        return load.busySinceLastLook(nowNanos);
    }

    @Test
    void aMostlyIdleWriterIsNotBusy() {
        assertFalse(busyAt(lookingFrom(0, 0), SECOND, SECOND / 10));
        assertFalse(busyAt(lookingFrom(0, 0), SECOND, 0));
    }

    @Test
    void aWriterStoringMoreThanHalfTheTimeIsBusy() {
        assertTrue(busyAt(lookingFrom(0, 0), SECOND, SECOND * 6 / 10));
        assertTrue(busyAt(lookingFrom(0, 0), SECOND, SECOND));
    }

    @Test
    void halfTheTimeStoringIsNotYetBusy() {
        assertFalse(busyAt(lookingFrom(0, 0), SECOND, SECOND / 2));
    }

    @Test
    void aBurstStartingAfterAnIdleSecondIsSeenAtTheNextSlice() {
        WriterLoad load = lookingFrom(0, 0);
        assertFalse(busyAt(load, SECOND, SECOND / 20));
        // Storing three quarters of the pause after a slice: busy, though little of the time since the start.
        assertTrue(busyAt(load, SECOND + PAUSE, SECOND / 20 + PAUSE * 3 / 4));
    }

    @Test
    void aBurstThatEndedIsNoLongerHeldAgainstTheWriter() {
        WriterLoad load = lookingFrom(0, 0);
        assertTrue(busyAt(load, SECOND, SECOND * 9 / 10));
        assertFalse(busyAt(load, 2 * SECOND, SECOND * 9 / 10 + SECOND / 10));
    }

    @Test
    void noTimeElapsedIsNotBusy() {
        WriterLoad load = lookingFrom(SECOND, SECOND);
        assertFalse(busyAt(load, SECOND, 2 * SECOND));
    }
}
