package dev.moderato.submission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.moderato.comment.Comment;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The threads whose first comment the writer knows to be recorded, so that it records a thread's
 * first comment once rather than asking at every comment. A thread forgotten (evicted beyond
 * {@link #MAX_REMEMBERED}, or after a restart) is asked about again, and the database keeps the
 * first time it has.
 */
final class FirstComments {

    static final int MAX_REMEMBERED = 100_000;

    private final Cache<String, Boolean> recorded = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).build();

    /** The earliest comment time of each thread in {@code comments} not known to be recorded. */
    Map<String, Instant> unrecordedIn(List<Comment> comments) {
        Map<String, Instant> first = new HashMap<>();
        for (Comment comment : comments) {
            if (recorded.getIfPresent(comment.thread) == null) {
                first.merge(comment.thread, comment.createdAt, (one, other) -> one.isBefore(other) ? one : other);
            }
        }
        return first;
    }

    /** Call once the transaction that recorded them has committed. */
    void recorded(Collection<String> threads) {
        threads.forEach(thread -> recorded.put(thread, Boolean.TRUE));
    }
}
