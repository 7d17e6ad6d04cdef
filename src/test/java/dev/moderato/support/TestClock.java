package dev.moderato.support;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock in the tests, in place of platform.Clocks's default one: the real time, unless a test stops
 * it or moves it forward to see a time limit pass without waiting for it. A test that does calls
 * {@link #reset()} after each test, as the next test class may share the running service.
 */
@Singleton
public class TestClock extends Clock {

    /** Stopped at {@code stoppedAt}, or running {@code offset} ahead of the real time. */
    private record Setting(Instant stoppedAt, Duration offset) {
    }

    private static final Setting REAL_TIME = new Setting(null, Duration.ZERO);

    private volatile Setting setting = REAL_TIME;

    @Override
    public Instant instant() {
        Setting now = setting;
        return now.stoppedAt() != null ? now.stoppedAt() : Instant.now().plus(now.offset());
    }

    /** Stops the clock on the current millisecond: it then moves only when a test advances it, and exactly as far. */
    public synchronized void stop() {
        setting = new Setting(instant().truncatedTo(ChronoUnit.MILLIS), Duration.ZERO);
    }

    public synchronized void advance(Duration duration) {
        Setting now = setting;
        setting = now.stoppedAt() != null
                ? new Setting(now.stoppedAt().plus(duration), Duration.ZERO)
                : new Setting(null, now.offset().plus(duration));
    }

    /** Back to the real time. */
    public synchronized void reset() {
        setting = REAL_TIME;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
