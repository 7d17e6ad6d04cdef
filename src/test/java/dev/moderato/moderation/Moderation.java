package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** The moderator API as the tests drive it: read, decide and look at a comment's state and history. */
final class Moderation {

    static final String COMMENTS = "/api/v1/moderation/comments";
    static final String COMMENT = COMMENTS + "/{id}";
    static final String DECISION = COMMENT + "/decision";
    static final String HISTORY = COMMENT + "/history";
    static final String DECISIONS = "/api/v1/moderation/decisions";
    static final String STATS = "/api/v1/moderation/stats";
    static final String PUBLIC_COMMENTS = "/api/v1/comments";
    static final String PUBLIC_COUNT = "/api/v1/comments/count";
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final Set<String> DECISION_ACTIONS = Set.of("approve", "reject", "spam");

    private Moderation() {
    }

    /** A new pending comment on the thread. */
    static String pending(String thread) {
        return Comments.submit(Comments.valid(thread));
    }

    /** A new comment on the thread, decided through the API by alice. */
    static String decided(String thread, String action) {
        String id = pending(thread);
        decide(Moderators.as("alice"), id, action).statusCode(200);
        return id;
    }

    static ValidatableResponse decide(RequestSpecification moderator, String id, String action) {
        return moderator.contentType(ContentType.JSON).body(Map.of("action", action))
                .when().post(DECISION, id)
                .then();
    }

    /** The comment as a moderator reads it, answered 200. */
    static ExtractableResponse<Response> read(String id) {
        return Moderators.asAdmin().when().get(COMMENT, id).then().statusCode(200).extract();
    }

    static String etag(String id) {
        return read(id).header("ETag");
    }

    static String status(String id) {
        return read(id).path("status");
    }

    static List<Map<String, Object>> history(String id) {
        return Moderators.asAdmin().when().get(HISTORY, id)
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The approve, reject and spam entries of the history, without edits or deletion. */
    static List<Map<String, Object>> decisions(String id) {
        return history(id).stream().filter(entry -> DECISION_ACTIONS.contains(entry.get("action"))).toList();
    }

    static ExtractableResponse<Response> publicList(String thread) {
        return given().queryParam("thread", thread)
                .when().get(PUBLIC_COMMENTS)
                .then().statusCode(200)
                .extract();
    }

    static int publicCount(String thread) {
        return given().queryParam("thread", thread)
                .when().get(PUBLIC_COUNT)
                .then().statusCode(200)
                .extract().jsonPath().getMap("$", String.class, Integer.class).get(thread);
    }

    /**
     * Everything a moderator request may change: compared before and after a refused request to
     * show that nothing changed.
     */
    record State(String status, int version, String etag, String decidedBy, String decidedAt,
                 String name, String website, String body, List<Map<String, Object>> history) {

        static State of(String id) {
            ExtractableResponse<Response> comment = read(id);
            return new State(comment.path("status"), comment.path("version"), comment.header("ETag"),
                    comment.path("decidedBy"), comment.path("decidedAt"),
                    comment.path("name"), comment.path("website"), comment.path("body"), Moderation.history(id));
        }
    }
}
