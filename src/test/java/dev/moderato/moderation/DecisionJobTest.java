package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.ModerationQueue;
import dev.moderato.support.Moderators;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.pending;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decisions by filter: stored and answered 202, worked in slices (7 in the tests), each comment audited. */
@QuarkusTest
class DecisionJobTest {

    private static final String JOBS = "/api/v1/moderation/decision-jobs";
    private static final String LINKS = "Look: https://a.example/1 https://b.example/2 https://c.example/3 and more.";

    @Test
    void rejectsEveryPendingCommentOfAThreadWithAReasonInSlicesEachAudited() {
        String thread = Comments.newThread();
        String other = Comments.newThread();
        List<String> wave = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wave.add(Comments.submit(Comments.saying(thread, LINKS + " " + i)));
        }
        String clean = pending(thread);
        String elsewhere = Comments.submit(Comments.saying(other, LINKS));

        var started = Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "reject", "reason", "link spam wave",
                        "filter", Map.of("thread", thread, "reason", "too_many_links")))
                .when().post(JOBS)
                .then().statusCode(202)
                .body("state", startsWith(""))
                .body("action", equalTo("reject"))
                .body("filter.thread", equalTo(thread))
                .body("filter.reason", equalTo("too_many_links"))
                .body("actor", equalTo("alice"))
                .body("matched", equalTo(30))
                .extract();
        String location = started.header("Location");
        assertTrue(location.endsWith(JOBS + "/" + started.path("id")), location);

        JsonPath done = awaitDone(started.path("id"));
        assertEquals(30, done.getInt("applied"));
        assertEquals(0, done.getInt("skipped"));
        assertEquals(30, done.getInt("matched"));
        for (String id : wave) {
            JsonPath last = lastHistoryEntry(id);
            assertEquals("alice", last.getString("actor"));
            assertEquals("reject", last.getString("action"));
            assertEquals("link spam wave", last.getString("reason"));
        }
        assertEquals(List.of(clean), ModerationQueue.queue("pending", thread).getList("items.id"));
        assertEquals(List.of(elsewhere), ModerationQueue.queue("pending", other).getList("items.id"));
    }

    @Test
    void leavesCommentsThatArriveAfterItWasAskedFor() {
        String thread = Comments.newThread();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            before.add(pending(thread));
        }
        String later = pending(thread);
        Comments.backdate(later, Instant.now().plus(1, ChronoUnit.HOURS)); // as if it arrived while the job ran

        String id = Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "spam", "filter", Map.of("thread", thread)))
                .when().post(JOBS)
                .then().statusCode(202).extract().path("id");

        assertEquals(9, awaitDone(id).getInt("applied"));
        assertEquals(List.of(later), ModerationQueue.queue("pending", thread).getList("items.id"));
        before.forEach(decided -> assertEquals("spam", Moderation.status(decided)));
    }

    @Test
    void badRequestsAreProblemsAndStoreNoJob() {
        long jobs = jobCount();
        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("action", "delete"))
                .when().post(JOBS)
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("violations[0].field", equalTo("action"));
        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "reject", "filter", Map.of("reason", "Not A Code")))
                .when().post(JOBS)
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("violations[0].field", equalTo("reason"))
                .body("violations[0].message", equalTo("The reason is a screening reason code such as too_many_links."));
        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "reject", "filter", Map.of("thread", "x".repeat(201))))
                .when().post(JOBS)
                .then().statusCode(400).body("violations[0].field", equalTo("thread"));
        assertEquals(jobs, jobCount());
    }

    @Test
    void anUnknownJobIsNotFoundAndAMalformedIdIsAProblem() {
        Moderators.as("alice").when().get(JOBS + "/0190c7a4-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
        Moderators.as("alice").when().get(JOBS + "/nope")
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON));
        given().contentType(ContentType.JSON).body(Map.of("action", "reject"))
                .when().post(JOBS)
                .then().statusCode(401);
    }

    static JsonPath awaitDone(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonPath job = Moderators.as("alice").when().get(JOBS + "/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if ("done".equals(job.getString("state"))) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the job is not done after 30 s: " + job.prettify());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static JsonPath lastHistoryEntry(String id) {
        JsonPath history = ModerationQueue.history(id);
        return history.setRootPath("[" + (history.getList("$").size() - 1) + "]");
    }

    private static long jobCount() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Database.sql().number("select count(*) from decision_job"));
    }
}
