package dev.moderato.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.notNullValue;

/** The moderators' queue and a comment's history, read through the moderator API as a moderator. */
public final class ModerationQueue {

    private static final String MODERATOR = "queue-reader";

    private ModerationQueue() {
    }

    /** The comments of one status in a thread, oldest first, answered 200: for the test to check further. */
    public static ValidatableResponse queued(String status, String thread) {
        return Moderators.as(MODERATOR).queryParam("status", status).queryParam("thread", thread)
                .when().get("/api/v1/moderation/comments")
                .then().statusCode(200)
                .body("items", notNullValue());
    }

    public static JsonPath queue(String status, String thread) {
        return queued(status, thread).extract().jsonPath();
    }

    /** The one comment of this status in the thread; fails unless there is exactly one. */
    public static JsonPath onlyQueued(String status, String thread) {
        JsonPath queue = queue(status, thread);
        if (queue.getInt("total") != 1) {
            throw new AssertionError("expected one " + status + " comment in " + thread + ", found " + queue.getInt("total"));
        }
        return queue.setRootPath("items[0]");
    }

    /** What was decided about the comment, by whom, oldest first, answered 200. */
    public static ValidatableResponse historyOf(String id) {
        return Moderators.as(MODERATOR).when().get("/api/v1/moderation/comments/{id}/history", id)
                .then().statusCode(200);
    }

    public static JsonPath history(String id) {
        return historyOf(id).extract().jsonPath();
    }
}
