package dev.moderato.submission;

import dev.moderato.comment.Comment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecentPostsTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    private static Comment post(String thread, String email, String body, Instant at) {
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.thread = thread;
        comment.email = email;
        comment.body = body;
        comment.createdAt = at;
        return comment;
    }

    private static RecentPosts.Fingerprint fingerprintOf(Comment comment) {
        return RecentPosts.Fingerprint.of(comment);
    }

    @Test
    void aPostIsFoundByItsThreadEmailAndBodyWithinTheWindow() {
        RecentPosts recent = new RecentPosts(Duration.ofHours(1));
        Comment first = post("t", "a@example.org", "Hello", NOON);
        recent.remember(fingerprintOf(first), first);

        RecentPosts.Earlier earlier = recent.find(fingerprintOf(post("t", "a@example.org", "Hello", NOON)), NOON.plusSeconds(60));

        assertEquals(first.id, earlier.id());
    }

    @Test
    void anyDifferentPartMakesAnotherPost() {
        Comment post = post("t", "a@example.org", "Hello", NOON);
        assertNotEquals(fingerprintOf(post), fingerprintOf(post("u", "a@example.org", "Hello", NOON)));
        assertNotEquals(fingerprintOf(post), fingerprintOf(post("t", "b@example.org", "Hello", NOON)));
        assertNotEquals(fingerprintOf(post), fingerprintOf(post("t", "a@example.org", "Hello!", NOON)));
        // The separator keeps parts from sliding into each other.
        assertNotEquals(fingerprintOf(post("ab", "c", "d", NOON)), fingerprintOf(post("a", "bc", "d", NOON)));
    }

    @Test
    void aPostOlderThanTheWindowIsNotFound() {
        RecentPosts recent = new RecentPosts(Duration.ofHours(1));
        Comment first = post("t", "a@example.org", "Hello", NOON);
        recent.remember(fingerprintOf(first), first);

        assertNull(recent.find(fingerprintOf(first), NOON.plus(Duration.ofMinutes(61))));
    }

    @Test
    void postsOutOfTheWindowAreForgottenAsNewOnesArrive() {
        RecentPosts recent = new RecentPosts(Duration.ofHours(1));
        for (int minute = 0; minute < 120; minute++) {
            Comment comment = post("t", "a@example.org", "Post " + minute, NOON.plus(Duration.ofMinutes(minute)));
            recent.remember(fingerprintOf(comment), comment);
        }

        assertEquals(60, recent.size());
    }

    @Test
    void atMostTheLimitIsRemembered() {
        RecentPosts recent = new RecentPosts(Duration.ofHours(1));
        Comment oldest = post("t", "a@example.org", "Post 0", NOON);
        recent.remember(fingerprintOf(oldest), oldest);
        for (int i = 1; i <= RecentPosts.MAX_REMEMBERED; i++) {
            Comment comment = post("t", "a@example.org", "Post " + i, NOON);
            recent.remember(fingerprintOf(comment), comment);
        }

        assertEquals(RecentPosts.MAX_REMEMBERED, recent.size());
        assertNull(recent.find(fingerprintOf(oldest), NOON), "the oldest makes room");
    }

    @Test
    void aPostRememberedAgainIsFoundAsTheLaterOneAndCountedOnce() {
        RecentPosts recent = new RecentPosts(Duration.ofHours(1));
        Comment first = post("t", "a@example.org", "Hello", NOON);
        Comment again = post("t", "a@example.org", "Hello", NOON.plus(Duration.ofMinutes(30)));
        recent.remember(fingerprintOf(first), first);
        recent.remember(fingerprintOf(again), again);

        assertEquals(1, recent.size());
        // Past the first one's hour, the second is still within its own.
        Comment later = post("t", "b@example.org", "Other", NOON.plus(Duration.ofMinutes(70)));
        recent.remember(fingerprintOf(later), later);
        RecentPosts.Earlier earlier = recent.find(fingerprintOf(first), NOON.plus(Duration.ofMinutes(70)));
        assertNotNull(earlier);
        assertEquals(again.id, earlier.id());
        assertEquals(2, recent.size());
    }

    @Test
    void postsThatShareATablePositionAreEachFoundAsOthersAreForgotten() {
        RecentPosts recent = new RecentPosts(Duration.ofMinutes(5));
        Map<RecentPosts.Fingerprint, Comment> posts = new LinkedHashMap<>();
        for (int minute = 0; minute < 10; minute++) {
            // Same low bits, all ones: the same home, the table's last position, so probes wrap around.
            RecentPosts.Fingerprint fingerprint = new RecentPosts.Fingerprint(minute, -1L);
            Comment comment = post("t", "a@example.org", "Post " + minute, NOON.plus(Duration.ofMinutes(minute)));
            posts.put(fingerprint, comment);
            recent.remember(fingerprint, comment);
        }
        Instant now = NOON.plus(Duration.ofMinutes(9));

        assertEquals(5, recent.size());
        posts.forEach((fingerprint, comment) -> {
            RecentPosts.Earlier earlier = recent.find(fingerprint, now);
            if (comment.createdAt.isAfter(now.minus(Duration.ofMinutes(5)))) {
                assertNotNull(earlier, comment.body);
                assertEquals(comment.id, earlier.id());
            } else {
                assertNull(earlier, comment.body);
            }
        });
    }

    @Test
    void findsWhatAnOrderedMapOfTheWindowFinds() {
        Duration window = Duration.ofSeconds(30);
        RecentPosts recent = new RecentPosts(window);
        Map<RecentPosts.Fingerprint, Comment> model = new LinkedHashMap<>();
        Random random = new Random(42);
        Instant now = NOON;
        for (int i = 0; i < 200_000; i++) {
            now = now.plusMillis(random.nextInt(3));
            // Few distinct posts, so many come again, and few homes, so many share probes.
            RecentPosts.Fingerprint fingerprint = new RecentPosts.Fingerprint(random.nextInt(20_000), random.nextInt(64));
            if (random.nextInt(4) == 0) {
                Comment comment = post("t", "a@example.org", "Post " + i, now);
                recent.remember(fingerprint, comment);
                model.remove(fingerprint);
                model.put(fingerprint, comment);
                Instant horizon = now.minus(window);
                for (Iterator<Comment> oldest = model.values().iterator(); oldest.hasNext(); ) {
                    if (oldest.next().createdAt.isAfter(horizon)) {
                        break;
                    }
                    oldest.remove();
                }
            } else {
                Comment expected = model.get(fingerprint);
                RecentPosts.Earlier earlier = recent.find(fingerprint, now);
                if (expected == null || !expected.createdAt.isAfter(now.minus(window))) {
                    assertNull(earlier, "operation " + i);
                } else {
                    assertNotNull(earlier, "operation " + i);
                    assertEquals(expected.id, earlier.id(), "operation " + i);
                    assertEquals(expected.createdAt, earlier.createdAt(), "operation " + i);
                }
            }
        }
        assertEquals(model.size(), recent.size());
    }
}
