package dev.moderato.platform;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through a failure's causes, however many layers wrapped the one that matters, and through the
 * failures suppressed along the way: a transaction manager reports a commit that failed as a rollback
 * and keeps the database's own exception only as a suppressed one.
 */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure itself, or any of its causes or suppressed failures, passes the test. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (test.test(next)) {
                return true;
            }
            for (Throwable suppressed : next.getSuppressed()) {
                pending.push(suppressed);
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
        }
        return false;
    }
}
