package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.moderato.moderation.Moderation.COMMENT;
import static dev.moderato.moderation.Moderation.DECISION;
import static dev.moderato.moderation.Moderation.DECISIONS;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.PUBLIC_COMMENTS;
import static dev.moderato.moderation.Moderation.decide;
import static dev.moderato.moderation.Moderation.decided;
import static dev.moderato.moderation.Moderation.etag;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.moderation.Moderation.publicCount;
import static dev.moderato.moderation.Moderation.publicList;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The public read API answers from memory, yet a moderator's change is public in the very next
 * read: each test reads first (filling the cache and taking its ETag), changes, then reads
 * again with that ETag, which must get the new page rather than 304.
 */
@QuarkusTest
class PublicationFreshnessTest {

    @Test
    void approvedCommentIsListedInTheNextReadUnderANewEtag() {
        String thread = Comments.newThread();
        String id = pending(thread);
        String before = publicEtag(thread);

        decide(Moderators.as("alice"), id, "approve").statusCode(200);

        assertFreshPage(thread, before).body("total", equalTo(1)).body("items.id", contains(id));
    }

    @Test
    void rejectingAnApprovedCommentTakesItOffAtOnce() {
        String thread = Comments.newThread();
        String id = decided(thread, "approve");
        String before = publicEtag(thread);

        Moderators.as("alice").header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("action", "reject"))
                .when().post(DECISION, id)
                .then().statusCode(200);

        assertFreshPage(thread, before).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void editOfAnApprovedCommentIsPublishedAtOnce() {
        String thread = Comments.newThread();
        String id = decided(thread, "approve");
        String before = publicEtag(thread);

        Moderators.as("alice").contentType(ContentType.JSON).body(Map.of("body", "Corrected text"))
                .when().patch(COMMENT, id)
                .then().statusCode(200);

        assertFreshPage(thread, before)
                .body("items.body", contains("Corrected text"))
                .body("items.html", contains("<p>Corrected text</p>"));
    }

    @Test
    void deletedApprovedCommentDisappearsAtOnce() {
        String thread = Comments.newThread();
        String kept = decided(thread, "approve");
        String deleted = decided(thread, "approve");
        String before = publicEtag(thread);

        Moderators.asAdmin().when().delete(COMMENT, deleted).then().statusCode(204);

        assertFreshPage(thread, before).body("total", equalTo(1)).body("items.id", contains(kept));
    }

    @Test
    void bulkApprovalPublishesEveryComment() {
        String thread = Comments.newThread();
        String first = pending(thread);
        String second = pending(thread);
        String before = publicEtag(thread);

        Moderators.as("alice").contentType(ContentType.JSON)
                .body(Map.of("action", "approve", "ids", List.of(first, second)))
                .when().post(DECISIONS)
                .then().statusCode(200);

        assertFreshPage(thread, before).body("total", equalTo(2)).body("items.id", contains(first, second));
    }

    @Test
    void countFollowsApprovalAndRejectionAtOnce() {
        String thread = Comments.newThread();
        String id = pending(thread);
        assertEquals(0, publicCount(thread));

        decide(Moderators.as("alice"), id, "approve").statusCode(200);
        assertEquals(1, publicCount(thread));

        Moderators.as("alice").header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("action", "spam"))
                .when().post(DECISION, id)
                .then().statusCode(200);
        assertEquals(0, publicCount(thread));
    }

    @Test
    void decisionOnOneThreadLeavesAnotherThreadsPageAlone() {
        String quiet = Comments.newThread();
        decided(quiet, "approve");
        String quietEtag = publicEtag(quiet);
        String busy = Comments.newThread();
        publicEtag(busy);

        decided(busy, "approve");

        given().queryParam("thread", quiet).header("If-None-Match", quietEtag)
                .when().get(PUBLIC_COMMENTS)
                .then().statusCode(304);
    }

    private static String publicEtag(String thread) {
        return publicList(thread).header("ETag");
    }

    private static ValidatableResponse assertFreshPage(String thread, String staleEtag) {
        return given().queryParam("thread", thread).header("If-None-Match", staleEtag)
                .when().get(PUBLIC_COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .header("ETag", not(equalTo(staleEtag)));
    }
}
