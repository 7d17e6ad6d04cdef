package dev.moderato.thread;

import dev.moderato.support.Comments;
import dev.moderato.support.ModerationQueue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.THREADS;
import static dev.moderato.screening.Screenings.moderator;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.support.Comments.age;
import static dev.moderato.support.Submissions.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.moderation.auto-close-days is 1 here: a thread closes a day after its first comment. */
@QuarkusTest
@TestProfile(ModerationDefaultsProfile.class)
class AutoCloseTest {

    private static final String CLOSED_EN = "This thread is closed to new comments.";

    private static String threadStartedAgo(Duration age) {
        String thread = Comments.newThread();
        String first = Comments.submit(Comments.valid(thread));
        age(first, age);
        return thread;
    }

    private static Instant firstCommentAt(String thread) {
        return ModerationQueue.queue("approved", thread).getList("items.createdAt", String.class).stream()
                .map(Instant::parse).min(Instant::compareTo).orElseThrow();
    }

    @Test
    void threadWithoutCommentsHasNoClosingTime() {
        moderator().queryParam("thread", Comments.newThread())
                .when().get(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("closesAt", nullValue());
    }

    @Test
    void openThreadShowsItClosesADayAfterItsFirstComment() {
        String thread = threadStartedAgo(Duration.ofHours(2));
        Instant first = firstCommentAt(thread);

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("closesAt", equalTo(first.plus(Duration.ofDays(1)).toString()));
        Comments.submit(Comments.with(Comments.valid(thread), "body", "Still in time."));
    }

    @Test
    void threadOlderThanADayIsClosed() {
        String thread = threadStartedAgo(Duration.ofHours(25));
        Instant first = firstCommentAt(thread);

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("mode", equalTo("post"))
                .body("closesAt", equalTo(first.plus(Duration.ofDays(1)).toString()));
    }

    @Test
    void pendingFirstCommentStartsTheClockToo() {
        String thread = Comments.newThread();
        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", true, "mode", "pre"))
                .when().put(THREADS)
                .then().statusCode(200);
        String first = Comments.submit(Comments.valid(thread));
        age(first, Duration.ofHours(25));

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("mode", equalTo("pre"));
        json().body(Comments.with(Comments.valid(thread), "body", "Too late, while the first still waits."))
                .when().post(COMMENTS)
                .then().statusCode(409);
    }

    @Test
    void laterCommentsDoNotMoveTheFirstCommentsTime() {
        String thread = threadStartedAgo(Duration.ofHours(3));
        Instant first = firstCommentAt(thread);
        Comments.submit(Comments.with(Comments.valid(thread), "body", "A second comment, three hours later."));

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("closesAt", equalTo(first.plus(Duration.ofDays(1)).toString()));
    }

    @Test
    void autoClosedThreadRefusesSubmissionsAndStoresNothing() {
        String thread = threadStartedAgo(Duration.ofDays(2));

        json().body(Comments.with(Comments.valid(thread), "body", "Too late."))
                .when().post(COMMENTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo(CLOSED_EN));

        assertEquals(1, storedIn(thread));
    }

    @Test
    void openingAnAutoClosedThreadKeepsItClosed() {
        String thread = threadStartedAgo(Duration.ofDays(2));

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", true, "mode", "post"))
                .when().put(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(false));

        json().body(Comments.with(Comments.valid(thread), "body", "Still too late."))
                .when().post(COMMENTS)
                .then().statusCode(409);
        assertEquals(1, storedIn(thread));
    }
}
