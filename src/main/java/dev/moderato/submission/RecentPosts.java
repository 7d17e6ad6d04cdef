package dev.moderato.submission;

import dev.moderato.comment.Comment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The posts the writer stored within the duplicate window, by what makes two posts the same (thread,
 * email and body), oldest first and at most {@link #MAX_REMEMBERED}: how a repeat is found without an
 * index on email, which every new comment would have to join at a random place. Only the writer's
 * thread uses it. A post found here is a duplicate only if the database still holds the earlier
 * comment inside the window: {@link CommentRows#isStillStored}.
 */
final class RecentPosts {

    /** Under 20 MB of heap; at 100 comments a second that covers more than the default window of an hour. */
    static final int MAX_REMEMBERED = 100_000;

    /** 128 bits of SHA-256 over a post's thread, email and body. */
    record Fingerprint(long high, long low) {

        static Fingerprint of(Comment comment) {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible); // every JDK has SHA-256
            }
            for (String part : new String[] {comment.thread, comment.email, comment.body}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
            return new Fingerprint(digest.getLong(), digest.getLong());
        }
    }

    record Earlier(UUID id, Instant createdAt) {
    }

    private final Duration window;
    private final LinkedHashMap<Fingerprint, Earlier> posts = new LinkedHashMap<>();

    RecentPosts(Duration window) {
        this.window = window;
    }

    /** The earlier post with this fingerprint, if one was stored within the window before {@code now}. */
    Earlier find(Fingerprint fingerprint, Instant now) {
        Earlier earlier = posts.get(fingerprint);
        return earlier == null || !earlier.createdAt().isAfter(now.minus(window)) ? null : earlier;
    }

    void remember(Fingerprint fingerprint, Comment comment) {
        posts.remove(fingerprint); // re-inserted at the young end
        posts.put(fingerprint, new Earlier(comment.id, comment.createdAt));
        Instant horizon = comment.createdAt.minus(window);
        Iterator<Map.Entry<Fingerprint, Earlier>> oldest = posts.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<Fingerprint, Earlier> entry = oldest.next();
            if (posts.size() <= MAX_REMEMBERED && entry.getValue().createdAt().isAfter(horizon)) {
                break;
            }
            oldest.remove();
        }
    }

    int size() {
        return posts.size();
    }
}
