package dev.moderato.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after about 5 s, then 5 min, 30 min, 2 h, 5 h and every 10 h, each delay
 * stretched by a random 0–20 % so that the retries of many deliveries that failed together do not come back
 * together. A delivery is given up only once it has been failing for at least 24 hours.
 */
public final class RetrySchedule {

    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));

    private RetrySchedule() {
    }

    /** The next attempt after the {@code attempts}-th failed one, or empty when the delivery is given up. */
    static Optional<Instant> next(int attempts, Instant firstAttempt, Instant now) {
        if (!now.isBefore(firstAttempt.plus(GIVE_UP_AFTER))) {
            return Optional.empty();
        }
        Duration delay = DELAYS.get(Math.min(attempts, DELAYS.size()) - 1);
        long stretch = (long) (delay.toMillis() * ThreadLocalRandom.current().nextDouble(0, 0.2));
        return Optional.of(now.plus(delay).plusMillis(stretch));
    }
}
