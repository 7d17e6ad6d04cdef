package dev.moderato.screening.learning;

import java.util.concurrent.TimeUnit;

/**
 * When the spam filter may train on changed examples. A training takes a core for seconds (about one for a thousand
 * examples, several for ten thousand), so it rests {@link #REST_PER_TRAINING} times as long after each; and it waits
 * while submissions keep the comment writer busy, so that a burst is stored at the rate it would be without the
 * filter, but never longer than {@link #LONGEST_WAIT_NANOS}: in a spam wave that lasts, the decisions binning it are
 * learned within a minute or so, at the cost of one training a minute. Times are {@link System#nanoTime()}'s. Used by
 * the refresh alone (it is synchronized), so not thread-safe.
 */
final class TrainingPace {

    /**
     * After a training that took t, the next waits at least this many t: training takes at most a fifth of one core,
     * however fast moderators decide.
     */
    static final int REST_PER_TRAINING = 4;
    /** The longest a training waits for a busy writer once the examples changed. */
    static final long LONGEST_WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private long restUntil;
    private boolean waiting;
    private long waitingSince;

    TrainingPace(long nowNanos) {
        this.restUntil = nowNanos;
    }

    /** Whether the filter is resting after its last training: nothing to look at yet. */
    boolean resting(long nowNanos) {
        return nowNanos - restUntil < 0;
    }

    /** Whether a training of changed examples starts now, the writer busy or not since the last look. */
    boolean mayStart(long nowNanos, boolean writerBusy) {
        if (resting(nowNanos)) {
            return false;
        }
        if (!writerBusy) {
            return true;
        }
        if (!waiting) {
            waiting = true;
            waitingSince = nowNanos;
        }
        return nowNanos - waitingSince >= LONGEST_WAIT_NANOS;
    }

    /** A training ran from {@code startedNanos} to {@code finishedNanos}. */
    void trained(long startedNanos, long finishedNanos) {
        waiting = false;
        restUntil = finishedNanos + REST_PER_TRAINING * (finishedNanos - startedNanos);
    }

    /** The examples were forgotten: the next change is learned at once. */
    void reset(long nowNanos) {
        waiting = false;
        restUntil = nowNanos;
    }
}
