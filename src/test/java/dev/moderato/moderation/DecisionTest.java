package dev.moderato.moderation;

import dev.moderato.moderation.Moderation.State;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.moderato.moderation.Moderation.DECISION;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.decide;
import static dev.moderato.moderation.Moderation.decided;
import static dev.moderato.moderation.Moderation.etag;
import static dev.moderato.moderation.Moderation.history;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.moderation.Moderation.publicCount;
import static dev.moderato.moderation.Moderation.publicList;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class DecisionTest {

    @ParameterizedTest
    @CsvSource({"approve, approved", "reject, rejected", "spam, spam"})
    void decisionOnAPendingCommentIsApplied(String action, String status) {
        String id = pending(Comments.newThread());
        String etagBefore = etag(id);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        ExtractableResponse<Response> answer = Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", action, "reason", "Read it twice"))
                .when().post(DECISION, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("id", equalTo(id))
                .body("status", equalTo(status))
                .body("decidedBy", equalTo("alice"))
                .body("email", equalTo("ada@example.org"))
                .extract();

        int version = answer.path("version");
        assertEquals("\"" + version + "\"", answer.header("ETag"));
        assertNotEquals(etagBefore, answer.header("ETag"));
        Instant decidedAt = Instant.parse(answer.path("decidedAt"));
        assertThat(decidedAt, greaterThanOrEqualTo(before));
        assertThat(decidedAt, lessThanOrEqualTo(Instant.now()));
        State after = State.of(id);
        assertEquals(status, after.status());
        assertEquals(answer.header("ETag"), after.etag());
        assertEquals(List.of(entry(answer.path("decidedAt"), "alice", action, "pending", status, "Read it twice")),
                after.history());
    }

    @ParameterizedTest
    @CsvSource({"approve, approved", "reject, rejected", "spam, spam"})
    void sameDecisionAgainChangesNothing(String action, String status) {
        String id = decided(Comments.newThread(), action);
        State before = State.of(id);

        Moderators.as("bob").contentType(ContentType.JSON).body(Map.of("action", action, "reason", "Agreed"))
                .when().post(DECISION, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .header("ETag", equalTo(before.etag()))
                .body("status", equalTo(status))
                .body("version", equalTo(before.version()))
                .body("decidedBy", equalTo("alice"))
                .body("decidedAt", equalTo(before.decidedAt()));

        assertEquals(before, State.of(id));
    }

    @ParameterizedTest
    @CsvSource({
            "approve, reject, approved", "approve, spam, approved",
            "reject, approve, rejected", "reject, spam, rejected",
            "spam, approve, spam", "spam, reject, spam"})
    void differentDecisionOnADecidedCommentIsAConflictWithoutIfMatch(String first, String second, String status) {
        String id = decided(Comments.newThread(), first);
        State before = State.of(id);

        decide(Moderators.as("bob"), id, second)
                .statusCode(409)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(409))
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("already decided as " + status))
                .body("detail", containsString("If-Match"));

        assertEquals(before, State.of(id));
    }

    @ParameterizedTest
    @CsvSource({
            "approve, reject, approved, rejected", "approve, spam, approved, spam",
            "reject, approve, rejected, approved", "reject, spam, rejected, spam",
            "spam, approve, spam, approved", "spam, reject, spam, rejected"})
    void changeOfMindWithTheCurrentETagIsApplied(String first, String second, String from, String to) {
        String id = decided(Comments.newThread(), first);
        String current = etag(id);

        ExtractableResponse<Response> answer = Moderators.as("bob").header("If-Match", current)
                .contentType(ContentType.JSON).body(Map.of("action", second, "reason", "Second look"))
                .when().post(DECISION, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("status", equalTo(to))
                .body("decidedBy", equalTo("bob"))
                .extract();

        assertNotEquals(current, answer.header("ETag"));
        assertEquals("\"" + answer.path("version") + "\"", answer.header("ETag"));
        List<Map<String, Object>> history = history(id);
        assertEquals(2, history.size());
        assertEquals(entry(answer.path("decidedAt"), "bob", second, from, to, "Second look"), history.get(1));
    }

    @Test
    void ifMatchAnyTagAllowsAChangeOfMind() {
        String id = decided(Comments.newThread(), "approve");

        Moderators.as("bob").header("If-Match", "*")
                .contentType(ContentType.JSON).body(Map.of("action", "spam"))
                .when().post(DECISION, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("status", equalTo("spam"))
                .body("decidedBy", equalTo("bob"));
    }

    @Test
    void weakETagNeverSatisfiesIfMatch() {
        String id = decided(Comments.newThread(), "approve");
        State before = State.of(id);

        Moderators.as("bob").header("If-Match", "W/" + etag(id))
                .contentType(ContentType.JSON).body(Map.of("action", "spam"))
                .when().post(DECISION, id)
                .then().statusCode(412)
                .contentType(startsWith(PROBLEM_JSON));

        assertEquals(before, State.of(id));
    }

    @Test
    void changeOfMindWithAStaleETagIsRefused() {
        String id = pending(Comments.newThread());
        String stale = etag(id);
        decide(Moderators.as("alice"), id, "approve").statusCode(200);
        State before = State.of(id);

        Moderators.as("bob").header("If-Match", stale)
                .contentType(ContentType.JSON).body(Map.of("action", "reject"))
                .when().post(DECISION, id)
                .then().statusCode(412)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(412))
                .body("title", equalTo("Precondition Failed"));

        assertEquals(before, State.of(id));
    }

    @Test
    void decisionOnACommentEditedSinceItWasReadIsRefused() {
        String id = pending(Comments.newThread());
        String read = etag(id);
        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("body", "Edited meanwhile."))
                .when().patch(Moderation.COMMENT, id)
                .then().statusCode(200);
        State before = State.of(id);

        Moderators.as("bob").header("If-Match", read)
                .contentType(ContentType.JSON).body(Map.of("action", "approve"))
                .when().post(DECISION, id)
                .then().statusCode(412)
                .contentType(startsWith(PROBLEM_JSON));

        assertEquals(before, State.of(id));
        assertEquals("pending", before.status());
    }

    @Test
    void approvalPublishesTheCommentAtOnce() {
        String thread = Comments.newThread();
        String id = pending(thread);
        assertThat(publicList(thread).path("items"), empty());
        assertEquals(0, publicCount(thread));

        decide(Moderators.as("alice"), id, "approve").statusCode(200);

        ExtractableResponse<Response> listed = publicList(thread);
        assertEquals(1, (int) listed.path("total"));
        assertEquals(List.of(id), listed.path("items.id"));
        assertEquals(1, publicCount(thread));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reject", "spam"})
    void withdrawingAnApprovalUnpublishesTheComment(String action) {
        String thread = Comments.newThread();
        String id = decided(thread, "approve");
        String kept = decided(thread, "approve");
        assertEquals(2, publicCount(thread));

        Moderators.as("bob").header("If-Match", etag(id))
                .contentType(ContentType.JSON).body(Map.of("action", action))
                .when().post(DECISION, id)
                .then().statusCode(200);

        ExtractableResponse<Response> listed = publicList(thread);
        assertEquals(1, (int) listed.path("total"));
        assertEquals(List.of(kept), listed.path("items.id"));
        assertEquals(1, publicCount(thread));
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete", "APPROVE", "Approve", "approved", " approve", "", "approve|reject"})
    void unknownActionIsRefused(String action) {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        decide(Moderators.as("alice"), id, action)
                .statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations.field", contains("action"))
                .body("violations[0].message", equalTo("The action is approve, reject or spam."));

        assertEquals(before, State.of(id));
    }

    @Test
    void missingActionIsRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("reason", "No action given"))
                .when().post(DECISION, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("action"));

        assertEquals(before, State.of(id));
    }

    @Test
    void reasonOverFiveHundredCharactersIsRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "reject", "reason", "x".repeat(501)))
                .when().post(DECISION, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("reason"))
                .body("violations[0].message", equalTo("A reason is at most 500 characters."));

        assertEquals(before, State.of(id));
    }

    @Test
    void reasonOfFiveHundredCharactersIsKeptAsWritten() {
        String id = pending(Comments.newThread());
        String reason = "  Hors sujet — " + "é".repeat(483) + "  ";
        assertEquals(500, reason.length());

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("action", "reject", "reason", reason))
                .when().post(DECISION, id)
                .then().statusCode(200)
                .body("status", equalTo("rejected"));

        assertEquals(reason, history(id).get(0).get("reason"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"action\": \"approve\"", "action=approve", "[\"approve\"]", "{\"action\": [\"approve\"]}"})
    void malformedJsonIsRefused(String body) {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON).body(body)
                .when().post(DECISION, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400));

        assertEquals(before, State.of(id));
    }

    @Test
    void missingBodyIsRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON)
                .when().post(DECISION, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400));

        assertEquals(before, State.of(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void otherMediaTypesAreRefused(String contentType) {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(contentType).body("action=approve")
                .when().post(DECISION, id)
                .then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(415));

        assertEquals(before, State.of(id));
    }

    @Test
    void decisionOnAnUnknownCommentIsNotFound() {
        decide(Moderators.as("alice"), UUID.randomUUID().toString(), "approve")
                .statusCode(404)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(404));
    }

    @Test
    void decisionOnAMalformedIdIsABadRequest() {
        decide(Moderators.as("alice"), "not-a-uuid", "approve")
                .statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("id"));
    }

    @Test
    void historyHoldsEveryDecisionOldestFirstExactlyAsDecided() {
        String id = pending(Comments.newThread());
        String first = Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "approve", "reason", "Fine by me"))
                .when().post(DECISION, id).then().statusCode(200).extract().path("decidedAt");
        String second = Moderators.as("bob").header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("action", "spam", "reason", "Links to a <casino>, \"obviously\""))
                .when().post(DECISION, id).then().statusCode(200).extract().path("decidedAt");
        Map<String, Object> withoutReason = new HashMap<>(Map.of("action", "reject"));
        String third = Moderators.asAdmin().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(withoutReason)
                .when().post(DECISION, id).then().statusCode(200).extract().path("decidedAt");

        Moderators.as("carol")
                .when().get(Moderation.HISTORY, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("$", hasSize(3))
                .body("$", equalTo(List.of(
                        entry(first, "alice", "approve", "pending", "approved", "Fine by me"),
                        entry(second, "bob", "spam", "approved", "spam", "Links to a <casino>, \"obviously\""),
                        entry(third, "admin", "reject", "spam", "rejected", null))));
    }

    @Test
    void historyOfAnUnknownCommentIsNotFound() {
        Moderators.as("alice")
                .when().get(Moderation.HISTORY, UUID.randomUUID())
                .then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void historyOfAMalformedIdIsABadRequest() {
        Moderators.as("alice")
                .when().get(Moderation.HISTORY, "comment-1")
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("id"));
    }

    static Map<String, Object> entry(String at, String actor, String action, String from, String to, String reason) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("at", at);
        entry.put("actor", actor);
        entry.put("action", action);
        entry.put("fromStatus", from);
        entry.put("toStatus", to);
        entry.put("reason", reason);
        return entry;
    }
}
