package dev.moderato.submission;

import dev.moderato.comment.Comment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
}
