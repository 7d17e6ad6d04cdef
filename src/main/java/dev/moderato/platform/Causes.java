package dev.moderato.platform;

import java.util.function.Predicate;

/** Looks through a failure's chain of causes, however many layers wrapped the one that matters. */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure itself, or any of its causes, passes the test. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
