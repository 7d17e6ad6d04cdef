package dev.moderato.moderation;

import dev.moderato.moderation.Moderation.State;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.moderato.moderation.Moderation.DECISIONS;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.decided;
import static dev.moderato.moderation.Moderation.decisions;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.moderation.Moderation.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BulkDecisionTest {

    @Test
    void decidesEachIdAndAnswersInRequestOrder() {
        String thread = Comments.newThread();
        String first = pending(thread);
        String approved = decided(thread, "approve");
        String rejected = decided(thread, "reject");
        String second = pending(thread);
        String unknown = UUID.randomUUID().toString();
        State approvedBefore = State.of(approved);
        State rejectedBefore = State.of(rejected);

        Moderators.as("bob").contentType(ContentType.JSON)
                .body(Map.of("action", "approve", "reason", "Morning sweep",
                        "ids", List.of(first, approved, rejected, unknown, "not-a-uuid", second)))
                .when().post(DECISIONS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("results.id", contains(first, approved, rejected, unknown, "not-a-uuid", second))
                .body("results.outcome", contains("applied", "unchanged", "conflict", "not_found", "not_found", "applied"));

        for (String applied : List.of(first, second)) {
            assertEquals("approved", read(applied).path("status"));
            assertEquals("bob", read(applied).path("decidedBy"));
            List<Map<String, Object>> decisions = decisions(applied);
            assertEquals(1, decisions.size());
            assertEquals("bob", decisions.get(0).get("actor"));
            assertEquals("approve", decisions.get(0).get("action"));
            assertEquals("Morning sweep", decisions.get(0).get("reason"));
        }
        assertEquals(approvedBefore, State.of(approved));
        assertEquals(rejectedBefore, State.of(rejected));
    }

    @Test
    void duplicateIdIsDecidedAndReportedOnce() {
        String thread = Comments.newThread();
        String first = pending(thread);
        String second = pending(thread);

        Moderators.as("bob").contentType(ContentType.JSON)
                .body(Map.of("action", "spam", "ids", List.of(first, second, first, first, second)))
                .when().post(DECISIONS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("results.id", contains(first, second))
                .body("results.outcome", contains("applied", "applied"));

        assertEquals(1, Moderation.history(first).size());
        assertEquals(1, Moderation.history(second).size());
        assertEquals("spam", Moderation.status(first));
    }

    @Test
    void acceptsFiveHundredIds() {
        String id = pending(Comments.newThread());
        List<String> ids = new ArrayList<>(IntStream.range(0, 499).mapToObj(i -> "garbage-" + i).toList());
        ids.add(id);

        Moderators.as("bob").contentType(ContentType.JSON)
                .body(Map.of("action", "reject", "ids", ids))
                .when().post(DECISIONS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("results", hasSize(500))
                .body("results[499].id", equalTo(id))
                .body("results[499].outcome", equalTo("applied"))
                .body("results.outcome[0..498]", everyItem(equalTo("not_found")));

        assertEquals("rejected", Moderation.status(id));
    }

    @Test
    void emptyIdsAreRefused() {
        refused(Map.of("action", "approve", "ids", List.of()), "ids");
    }

    @Test
    void missingIdsAreRefused() {
        refused(Map.of("action", "approve"), "ids");
    }

    @Test
    void moreThanFiveHundredIdsAreRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);
        List<String> ids = new ArrayList<>(List.of(id));
        IntStream.range(0, 500).forEach(i -> ids.add(UUID.randomUUID().toString()));

        refused(Map.of("action", "approve", "ids", ids), "ids");

        assertEquals(before, State.of(id));
    }

    @Test
    void unknownActionIsRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        refused(Map.of("action", "delete", "ids", List.of(id)), "action");
        refused(Map.of("action", "APPROVE", "ids", List.of(id)), "action");
        refused(Map.of("ids", List.of(id)), "action");

        assertEquals(before, State.of(id));
    }

    @Test
    void reasonOverFiveHundredCharactersIsRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        refused(Map.of("action", "approve", "ids", List.of(id), "reason", "r".repeat(501)), "reason");

        assertEquals(before, State.of(id));
    }

    @Test
    void malformedJsonAndOtherMediaTypesAreRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("bob").contentType(ContentType.JSON)
                .body("{\"action\":\"approve\",\"ids\":[\"" + id + "\"")
                .when().post(DECISIONS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON));
        Moderators.as("bob").contentType(ContentType.JSON)
                .body("{\"action\":\"approve\",\"ids\":\"" + id + "\"}")
                .when().post(DECISIONS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON));
        Moderators.as("bob").contentType(ContentType.TEXT)
                .body(id)
                .when().post(DECISIONS)
                .then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON));

        assertEquals(before, State.of(id));
    }

    private static void refused(Map<String, Object> request, String field) {
        Moderators.as("bob").contentType(ContentType.JSON).body(new HashMap<>(request))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations.field", contains(field));
    }
}
