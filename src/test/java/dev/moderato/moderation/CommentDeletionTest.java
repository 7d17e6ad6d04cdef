package dev.moderato.moderation;

import dev.moderato.moderation.Moderation.State;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.moderato.moderation.Moderation.COMMENT;
import static dev.moderato.moderation.Moderation.COMMENTS;
import static dev.moderato.moderation.Moderation.DECISION;
import static dev.moderato.moderation.Moderation.HISTORY;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.decide;
import static dev.moderato.moderation.Moderation.etag;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.moderation.Moderation.publicCount;
import static dev.moderato.moderation.Moderation.publicList;
import static dev.moderato.support.Comments.valid;
import static dev.moderato.support.Comments.with;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CommentDeletionTest {

    private static final String NAME = "Zebulon Quartermaine";
    private static final String EMAIL = "zebulon.q@example.org";
    private static final String BODY = "Call me on 555-0199, my address is 12 Quay Street.";

    @Test
    void adminDeletesACommentAndItsHistoryKeepsNoPersonalData() {
        String thread = Comments.newThread();
        String id = Comments.submit(with(with(with(valid(thread), "name", NAME), "email", EMAIL), "body", BODY));
        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "approve", "reason", "Approved for " + NAME + " <" + EMAIL + ">"))
                .when().post(DECISION, id).then().statusCode(200);
        Moderators.as("bob").contentType(ContentType.JSON).body(Map.of("body", BODY + " (edited)"))
                .when().patch(COMMENT, id).then().statusCode(200);
        assertEquals(1, publicCount(thread));

        Moderators.asAdmin()
                .when().delete(COMMENT, id)
                .then().statusCode(204)
                .body(emptyString());

        Moderators.as("alice").when().get(COMMENT, id)
                .then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
        Moderators.as("alice").queryParam("status", "approved").queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200).body("total", equalTo(0));
        assertEquals(0, (int) publicList(thread).path("total"));
        assertEquals(0, publicCount(thread));

        ExtractableResponse<Response> history = Moderators.as("alice")
                .when().get(HISTORY, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("$", hasSize(3))
                .body("action", equalTo(List.of("approve", "edit", "delete")))
                .body("actor", equalTo(List.of("alice", "bob", "admin")))
                .body("reason", everyItem(nullValue()))
                .body("[2].fromStatus", equalTo("approved"))
                .body("[2].toStatus", nullValue())
                .extract();
        String text = history.asString();
        for (String personal : List.of(NAME, "Zebulon", EMAIL, "555-0199", "Quay Street")) {
            assertThat(text, not(containsString(personal)));
        }
    }

    @Test
    void deletedCommentCanNoLongerBeDecidedEditedOrDeleted() {
        String id = pending(Comments.newThread());
        Moderators.asAdmin().when().delete(COMMENT, id).then().statusCode(204);

        decide(Moderators.as("alice"), id, "approve")
                .statusCode(404).contentType(startsWith(PROBLEM_JSON));
        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("name", "Grace"))
                .when().patch(COMMENT, id)
                .then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
        Moderators.asAdmin().when().delete(COMMENT, id)
                .then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
        assertEquals(List.of("delete"), Moderation.history(id).stream().map(entry -> entry.get("action")).toList());
    }

    @Test
    void deletingAnUnknownCommentIsNotFound() {
        Moderators.asAdmin()
                .when().delete(COMMENT, UUID.randomUUID())
                .then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(404));
    }

    @Test
    void moderatorCannotDelete() {
        String id = pending(Comments.newThread());
        State before = State.of(id);

        Moderators.as("alice")
                .when().delete(COMMENT, id)
                .then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(403));

        assertEquals(before, State.of(id));
        assertEquals(etag(id), before.etag());
    }
}
