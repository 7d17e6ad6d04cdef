package dev.moderato.thread;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.THREADS;
import static dev.moderato.screening.Screenings.moderator;
import static dev.moderato.screening.Screenings.publicItems;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Threads.setThread;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** moderato.moderation.default-mode is post here. */
@QuarkusTest
@TestProfile(ModerationDefaultsProfile.class)
class PostModeByDefaultTest {

    @Test
    void threadWithoutSettingsIsInTheConfiguredMode() {
        moderator().queryParam("thread", Comments.newThread())
                .when().get(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("mode", equalTo("post"));
    }

    @Test
    void cleanCommentIsPublishedAtOnce() {
        String thread = Comments.newThread();

        String id = json().body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("approved"))
                .extract().path("id");

        assertEquals(List.of(id), publicItems(thread).stream().map(item -> item.get("id")).toList());
    }

    @Test
    void commentWithTooManyLinksIsHeld() {
        String thread = Comments.newThread();

        json().body(Comments.with(Comments.valid(thread), "body", "https://a.example https://b.example https://c.example"))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"));

        assertEquals(List.of(), publicItems(thread));
        assertEquals(List.of("too_many_links"), onlyQueued("pending", thread).getList("reasons.code"));
    }

    @Test
    void threadSetToPreModeQueuesCommentsDespiteTheDefault() {
        String thread = Comments.newThread();
        setThread(thread, true, "pre");

        json().body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"));

        assertEquals(List.of(), publicItems(thread));
    }
}
