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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.moderato.moderation.Moderation.COMMENT;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.decided;
import static dev.moderato.moderation.Moderation.etag;
import static dev.moderato.moderation.Moderation.history;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.moderation.Moderation.publicList;
import static dev.moderato.moderation.Moderation.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class CommentEditTest {

    @Test
    void editChangesNameWebsiteAndBodyTrimmedLikeASubmission() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        ExtractableResponse<Response> answer = Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("name", "  Grace Hopper\t", "website", " https://grace.example.org/ ",
                        "body", "\r\n  First line.\r\nSecond line.  \r\n"))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("id", equalTo(id))
                .body("name", equalTo("Grace Hopper"))
                .body("website", equalTo("https://grace.example.org/"))
                .body("body", equalTo("First line.\nSecond line."))
                .body("email", equalTo("ada@example.org"))
                .body("status", equalTo("pending"))
                .body("version", equalTo(before.version() + 1))
                .header("ETag", equalTo("\"" + (before.version() + 1) + "\""))
                .extract();

        assertEquals(answer.header("ETag"), etag(id));
        List<Map<String, Object>> history = history(id);
        assertEquals(before.history().size() + 1, history.size());
        Map<String, Object> edit = history.get(history.size() - 1);
        assertEquals("edit", edit.get("action"));
        assertEquals("alice", edit.get("actor"));
        assertEquals("pending", edit.get("fromStatus"));
        assertEquals("pending", edit.get("toStatus"));
        assertNull(edit.get("reason"));
        assertNotNull(edit.get("at"));
    }

    @Test
    void absentFieldsStayAsTheyAre() {
        String id = pending(Comments.newThread());
        Map<String, Object> onlyBody = new HashMap<>();
        onlyBody.put("body", "Only the body changes.");
        onlyBody.put("name", null);

        Moderators.as("alice").contentType(ContentType.JSON).body(onlyBody)
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("name", equalTo("Ada Lovelace"))
                .body("website", equalTo("https://ada.example.org"))
                .body("body", equalTo("Only the body changes."));
    }

    @Test
    void emptyWebsiteRemovesIt() {
        String id = pending(Comments.newThread());

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("website", "  "))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("$", hasKey("website"))
                .body("website", nullValue())
                .body("name", equalTo("Ada Lovelace"));

        assertNull(read(id).path("website"));
    }

    @Test
    void editCannotChangeServerOwnedOrPrivateFields() {
        String thread = Comments.newThread();
        String id = pending(thread);

        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("name", "Grace", "email", "other@example.org", "status", "approved",
                        "thread", "elsewhere", "version", 99, "decidedBy", "mallory"))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("name", equalTo("Grace"))
                .body("email", equalTo("ada@example.org"))
                .body("status", equalTo("pending"))
                .body("thread", equalTo(thread))
                .body("version", equalTo(1))
                .body("decidedBy", nullValue());
    }

    @Test
    void bodyOfExactlyTheMaximumLengthAfterTrimmingIsAccepted() {
        String id = pending(Comments.newThread());
        String body = "b".repeat(10_000);

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("body", "  " + body + "\n"))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .body("body", equalTo(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name    | '   '                      | Please enter your name.",
            "name    | ''                         | Please enter your name.",
            "name    | LONG_NAME                  | Your name must be at most 245 characters.",
            "body    | '  '                       | Please write a comment.",
            "body    | LONG_BODY                  | Your comment must be at most 10000 characters.",
            "website | javascript:alert(1)        | Your website must be an http or https address.",
            "website | ftp://files.example.org    | Your website must be an http or https address.",
            "website | LONG_WEBSITE               | Your website address must be at most 200 characters."})
    void invalidEditIsRefusedAndChangesNothing(String field, String value, String message) {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of(field, expand(value)))
                .when().patch(COMMENT, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations.field", contains(field))
                .body("violations[0].message", equalTo(message));

        assertEquals(before, State.of(id));
    }

    private static String expand(String value) {
        return switch (value) {
            case "LONG_NAME" -> "n".repeat(246);
            case "LONG_BODY" -> "b".repeat(10_001);
            case "LONG_WEBSITE" -> "https://example.org/" + "p".repeat(181);
            default -> value;
        };
    }

    @Test
    void everyInvalidFieldIsReported() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("name", "", "website", "javascript:alert(1)", "body", " "))
                .when().patch(COMMENT, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("body", "name", "website"));

        assertEquals(before, State.of(id));
    }

    @Test
    void editWithTheCurrentETagIsApplied() {
        String id = pending(Comments.newThread());

        Moderators.as("alice").header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("name", "Grace"))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .body("name", equalTo("Grace"));
        Moderators.as("alice").header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Grace H."))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .body("name", equalTo("Grace H."))
                .body("version", equalTo(2));
    }

    @Test
    void editThatChangesNothingRecordsNothing() {
        String id = pending(Comments.newThread());
        String name = read(id).path("name");
        String etag = etag(id);

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("name", "  " + name + " "))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .header("ETag", equalTo(etag));

        assertEquals(List.of(), history(id));
    }

    @Test
    void editWithAStaleETagIsRefused() {
        String id = pending(Comments.newThread());
        String stale = etag(id);
        Moderators.as("bob").contentType(ContentType.JSON).body(Map.of("name", "Bob's correction"))
                .when().patch(COMMENT, id)
                .then().statusCode(200);
        State before = State.of(id);

        Moderators.as("alice").header("If-Match", stale).contentType(ContentType.JSON)
                .body(Map.of("name", "Alice's correction"))
                .when().patch(COMMENT, id)
                .then().statusCode(412)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(412));

        assertEquals(before, State.of(id));
        assertEquals("Bob's correction", before.name());
    }

    @Test
    void editOfAnUnknownCommentIsNotFound() {
        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("name", "Grace"))
                .when().patch(COMMENT, UUID.randomUUID())
                .then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(404));
    }

    @Test
    void editOfAMalformedIdIsABadRequest() {
        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("name", "Grace"))
                .when().patch(COMMENT, "12345")
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("id"));
    }

    @Test
    void malformedJsonOrOtherMediaTypeIsRefused() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice").contentType(ContentType.JSON).body("{\"name\": ")
                .when().patch(COMMENT, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON));
        Moderators.as("alice").contentType(ContentType.TEXT).body("name=Grace")
                .when().patch(COMMENT, id)
                .then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON));

        assertEquals(before, State.of(id));
    }

    @Test
    void editOfAnApprovedCommentIsPublishedAtOnce() {
        String thread = Comments.newThread();
        String id = decided(thread, "approve");

        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("name", "Grace", "body", "Corrected: see https://example.org", "website", ""))
                .when().patch(COMMENT, id)
                .then().statusCode(200)
                .body("status", equalTo("approved"));

        ExtractableResponse<Response> listed = publicList(thread);
        assertEquals(List.of(id), listed.path("items.id"));
        assertEquals("Grace", listed.path("items[0].name"));
        assertNull(listed.path("items[0].website"));
        assertEquals("Corrected: see https://example.org", listed.path("items[0].body"));
        assertEquals("<p>Corrected: see <a href=\"https://example.org\" rel=\"nofollow ugc noopener\">https://example.org</a></p>",
                listed.path("items[0].html"));
    }
}
