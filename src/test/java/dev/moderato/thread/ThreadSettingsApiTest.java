package dev.moderato.thread;

import dev.moderato.screening.Screenings;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static dev.moderato.screening.Screenings.THREADS;
import static dev.moderato.screening.Screenings.moderator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The default mode of this profile is pre (moderato.moderation.default-mode). */
@QuarkusTest
class ThreadSettingsApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static void assertDefaults(String thread) {
        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("thread", equalTo(thread))
                .body("open", equalTo(true))
                .body("mode", equalTo("pre"));
    }

    @Test
    void anonymousReaderCannotReadOrChangeAThread() {
        String thread = Comments.newThread();

        given().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Basic"));
        given().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", false, "mode", "pre"))
                .when().put(THREADS)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Basic"));

        assertDefaults(thread);
    }

    @Test
    void wrongPasswordCannotChangeAThread() {
        String thread = Comments.newThread();
        Moderators.ensure(Screenings.MODERATOR, "moderator");

        given().auth().preemptive().basic(Screenings.MODERATOR, "not-the-password")
                .contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", false, "mode", "pre"))
                .when().put(THREADS)
                .then().statusCode(401).contentType(PROBLEM);

        assertDefaults(thread);
    }

    @Test
    void administratorManagesThreadsToo() {
        String thread = Comments.newThread();

        Moderators.asAdmin().contentType(ContentType.JSON).queryParam("thread", thread)
                .body(Map.of("open", true, "mode", "post"))
                .when().put(THREADS)
                .then().statusCode(200).body("mode", equalTo("post"));
    }

    @Test
    void threadWithoutSettingsIsOpenInTheDefaultMode() {
        String thread = Comments.newThread();

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("thread", equalTo(thread))
                .body("open", equalTo(true))
                .body("mode", equalTo("pre"))
                .body("closesAt", nullValue());
    }

    @Test
    void settingsAreStoredPerThreadAndReadBack() {
        String thread = Comments.newThread();
        String neighbour = Comments.newThread();

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", false, "mode", "post"))
                .when().put(THREADS)
                .then().statusCode(200)
                .body("thread", equalTo(thread))
                .body("open", equalTo(false))
                .body("mode", equalTo("post"));

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("mode", equalTo("post"));
        assertDefaults(neighbour);
    }

    @Test
    void threadKeyWithSlashesAndQuestionMarkTravelsAsAQueryParameter() {
        String thread = "2026/11/article-" + UUID.randomUUID() + "?x=1&y=2#c";

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", false, "mode", "pre"))
                .when().put(THREADS)
                .then().statusCode(200)
                .body("thread", equalTo(thread))
                .body("open", equalTo(false));

        moderator().queryParam("thread", thread)
                .when().get(THREADS)
                .then().statusCode(200)
                .body("thread", equalTo(thread))
                .body("open", equalTo(false));
        assertDefaults(thread.substring(0, thread.indexOf('?')));
    }

    @Test
    void updateWithoutOpenIsRefusedAndChangesNothing() {
        String thread = Comments.newThread();

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("mode", "post"))
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("open"))
                .body("violations[0].message", equalTo("Say whether the thread is open (true or false)."));

        assertDefaults(thread);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes", "PRE", "", "pre|post"})
    void updateWithAnUnknownModeIsRefusedAndChangesNothing(String mode) {
        String thread = Comments.newThread();

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", false, "mode", mode))
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("mode"))
                .body("violations[0].message", equalTo("The mode is pre or post."));

        assertDefaults(thread);
    }

    @Test
    void updateWithoutModeIsRefusedInFrenchWhenPreferred() {
        String thread = Comments.newThread();

        moderator().header("Accept-Language", "fr").contentType(ContentType.JSON).queryParam("thread", thread)
                .body(Map.of("open", false))
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("mode"))
                .body("violations[0].message", equalTo("Le mode est pre ou post."));

        assertDefaults(thread);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"open\": false, \"mode\": ", "not json", "{\"open\": \"maybe\", \"mode\": \"pre\"}", "[]"})
    void malformedUpdateIsRefusedAndChangesNothing(String body) {
        String thread = Comments.newThread();

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(body)
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400));

        assertDefaults(thread);
    }

    @Test
    void updateWithoutABodyIsRefused() {
        moderator().contentType(ContentType.JSON).queryParam("thread", Comments.newThread())
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingThreadParameterIsRefused() {
        moderator().when().get(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("thread"))
                .body("violations[0].message", equalTo("Name the thread to read."));
        moderator().contentType(ContentType.JSON).body(Map.of("open", false, "mode", "pre"))
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("thread"));
        moderator().queryParam("thread", "  ").when().get(THREADS)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void threadKeyLongerThanAnyThreadIsRefused() {
        String thread = "t".repeat(201);

        moderator().contentType(ContentType.JSON).queryParam("thread", thread).body(Map.of("open", false, "mode", "pre"))
                .when().put(THREADS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("thread"))
                .body("violations[0].message", equalTo("The thread must be at most 200 characters."));
    }
}
