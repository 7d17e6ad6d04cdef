package dev.moderato.support;

import io.restassured.http.ContentType;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Thread settings, changed through the moderator API as a moderator changes them. */
public final class Threads {

    private static final String MODERATOR = "thread-keeper";

    private Threads() {
    }

    /** Opens or closes the thread and sets its moderation mode ("pre" or "post"); expects the setting back. */
    public static void setThread(String thread, boolean open, String mode) {
        Moderators.as(MODERATOR).contentType(ContentType.JSON).queryParam("thread", thread)
                .body(Map.of("open", open, "mode", mode))
                .when().put("/api/v1/moderation/threads")
                .then().statusCode(200)
                .body("mode", equalTo(mode));
    }

    /** A new thread whose comments are published at once, unless screening holds them. */
    public static String postModerated() {
        String thread = Comments.newThread();
        setThread(thread, true, "post");
        return thread;
    }

    /** A new thread closed to comments. */
    public static String closed() {
        String thread = Comments.newThread();
        setThread(thread, false, "pre");
        return thread;
    }
}
