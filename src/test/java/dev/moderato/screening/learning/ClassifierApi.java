package dev.moderato.screening.learning;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;

/** The spam filter through the admin API, and comments that teach it, decided through the moderator API. */
final class ClassifierApi {

    static final String PATH = "/api/v1/admin/classifier";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ClassifierApi() {
    }

    static JsonPath status() {
        return Moderators.asAdmin().when().get(PATH).then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    /** Forgets every example, and waits for this replica's model to be gone. */
    static void reset() {
        Moderators.asAdmin().when().delete(PATH).then().statusCode(204);
        awaitLearned(0, 0);
    }

    /** Waits until the model in use has learned exactly this many examples of each kind; fails after 30 s. */
    static JsonPath awaitLearned(int spam, int legitimate) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonPath status = status();
        while (status.getInt("spam") != spam || status.getInt("legitimate") != legitimate) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the filter still reports " + status.prettify() + ", not " + spam
                        + " spam and " + legitimate + " legitimate");
            }
            sleep();
            status = status();
        }
        return status;
    }

    /** Has the moderator decide every comment in one bulk request; each must be applied. */
    static void decideAll(String moderator, String action, List<String> ids) {
        for (int from = 0; from < ids.size(); from += 200) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 200));
            Moderators.as(moderator).contentType(ContentType.JSON)
                    .body(Map.of("action", action, "ids", batch))
                    .when().post("/api/v1/moderation/decisions")
                    .then().statusCode(200)
                    .body("results.outcome", everyItem(equalTo("applied")));
        }
    }

    /** Submits each body on a thread of its own, by the moderator decides them all the same way; returns the ids. */
    static List<String> taught(String moderator, String action, List<String> bodies) {
        String thread = Comments.newThread();
        List<String> ids = new ArrayList<>();
        for (String body : bodies) {
            ids.add(Comments.submit(Comments.saying(thread, body)));
        }
        decideAll(moderator, action, ids);
        return ids;
    }

    /** Link spam of one shape, in many variants. */
    static List<String> spam(int count) {
        List<String> bodies = new ArrayList<>();
        String[] openings = {"Check out my channel", "Please subscribe to my channel", "Subscribe to me",
                "Visit my page", "Check out my new video"};
        for (int i = 0; i < count; i++) {
            bodies.add(openings[i % openings.length] + " for free gift cards!!! http://promo" + i + ".example.com/win"
                    + " and share it, thanks");
        }
        return bodies;
    }

    /** Remarks on an article, in many variants. */
    static List<String> legitimate(int count) {
        List<String> bodies = new ArrayList<>();
        String[] topics = {"budget vote", "school reform", "river cleanup", "tram line", "harbour project"};
        String[] views = {"was well argued", "missed the point about costs", "left me with a question",
                "matches what I saw in town", "deserves a follow-up"};
        for (int i = 0; i < count; i++) {
            bodies.add("The part about the " + topics[i % topics.length] + " " + views[(i / topics.length) % views.length]
                    + "; the mayor said as much on Tuesday (" + i + ").");
        }
        return bodies;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
