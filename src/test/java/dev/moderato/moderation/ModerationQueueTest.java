package dev.moderato.moderation;

import dev.moderato.comment.Comment;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.moderato.moderation.Moderation.COMMENT;
import static dev.moderato.moderation.Moderation.COMMENTS;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.decided;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.support.Comments.backdate;
import static dev.moderato.support.Comments.valid;
import static dev.moderato.support.Comments.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ModerationQueueTest {

    @Test
    void listsPendingCommentsOldestFirstByDefault() {
        String thread = Comments.newThread();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String newest = pending(thread);
        String oldest = pending(thread);
        String middle = pending(thread);
        backdate(oldest, now.minus(3, ChronoUnit.HOURS));
        backdate(middle, now.minus(2, ChronoUnit.HOURS));
        decided(thread, "approve");
        decided(thread, "reject");

        Moderators.as("alice").queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.id", contains(oldest, middle, newest))
                .body("items.status", contains("pending", "pending", "pending"));
    }

    @Test
    void showsModeratorsEveryFieldOfAComment() {
        String thread = Comments.newThread();
        String parent = decided(thread, "approve");
        String id = given().contentType(ContentType.JSON).header("User-Agent", "QueueTest/1.0 (moderation)")
                .body(with(with(valid(thread), "parentId", parent), "email", "grace@example.org"))
                .when().post("/api/v1/comments")
                .then().statusCode(202)
                .extract().path("id");
        Comment stored = Comments.find(id);

        Moderators.as("alice").queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].thread", equalTo(thread))
                .body("items[0].parentId", equalTo(parent))
                .body("items[0].name", equalTo("Ada Lovelace"))
                .body("items[0].email", equalTo("grace@example.org"))
                .body("items[0].website", equalTo("https://ada.example.org"))
                .body("items[0].body", equalTo("A thoughtful remark about the article."))
                .body("items[0].status", equalTo("pending"))
                .body("items[0].ip", notNullValue())
                .body("items[0].ip", equalTo(stored.ip))
                .body("items[0].userAgent", equalTo("QueueTest/1.0 (moderation)"))
                .body("items[0].version", equalTo(0))
                .body("items[0].createdAt", equalTo(stored.createdAt.toString()))
                .body("items[0]", hasKey("decidedAt"))
                .body("items[0].decidedAt", nullValue())
                .body("items[0]", hasKey("decidedBy"))
                .body("items[0].decidedBy", nullValue());
    }

    @Test
    void decidedCommentShowsWhoDecidedAndWhen() {
        String thread = Comments.newThread();
        String id = decided(thread, "spam");
        Comment stored = Comments.find(id);

        Moderators.as("bob").queryParam("status", "spam").queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("items.id", contains(id))
                .body("items[0].decidedBy", equalTo("alice"))
                .body("items[0].decidedAt", equalTo(stored.decidedAt.toString()))
                .body("items[0].version", equalTo((int) stored.version));
    }

    @ParameterizedTest
    @CsvSource({"approve, approved", "reject, rejected", "spam, spam"})
    void filtersByStatus(String action, String status) {
        String thread = Comments.newThread();
        pending(thread);
        String wanted = decided(thread, action);
        decided(thread, "approve".equals(action) ? "reject" : "approve");

        Moderators.as("alice").queryParam("status", status).queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("items.id", contains(wanted))
                .body("items[0].status", equalTo(status));
    }

    @Test
    void filtersByThreadExactly() {
        String thread = Comments.newThread();
        String own = pending(thread);
        pending(thread + "/replies");
        pending(thread.toUpperCase());

        Moderators.as("alice").queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("items.id", contains(own));
    }

    @Test
    void withoutThreadListsPendingCommentsOfEveryThread() {
        String first = pending(Comments.newThread());
        String second = pending(Comments.newThread());
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        backdate(first, longAgo);
        backdate(second, longAgo.plusMillis(1));
        try {
            Moderators.as("alice").queryParam("size", 200)
                    .when().get(COMMENTS)
                    .then().statusCode(200)
                    .contentType(startsWith(JSON))
                    .body("items.id", hasItems(first, second));
        } finally {
            // Not left pending: other tests read the oldest pending comment.
            Moderation.decide(Moderators.as("alice"), first, "reject").statusCode(200);
            Moderation.decide(Moderators.as("alice"), second, "reject").statusCode(200);
        }
    }

    @Test
    void pagesTheQueueAndReportsTheTotal() {
        String thread = Comments.newThread();
        List<String> ids = new ArrayList<>();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);
        for (int i = 0; i < 5; i++) {
            String id = pending(thread);
            backdate(id, start.plusSeconds(i));
            ids.add(id);
        }

        assertPage(thread, 0, 2, ids.get(0), ids.get(1));
        assertPage(thread, 1, 2, ids.get(2), ids.get(3));
        assertPage(thread, 2, 2, ids.get(4));
        assertPage(thread, 3, 2);
    }

    private static void assertPage(String thread, int page, int size, String... ids) {
        Moderators.as("alice").queryParam("thread", thread).queryParam("page", page).queryParam("size", size)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(5))
                .body("totalExact", equalTo(true))
                .body("page", equalTo(page))
                .body("size", equalTo(size))
                .body("items", hasSize(ids.length))
                .body("items.id", equalTo(List.of(ids)));
    }

    @Test
    void pageFarBeyondTheEndIsEmpty() {
        String thread = Comments.newThread();
        pending(thread);

        Moderators.as("alice").queryParam("thread", thread)
                .queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("page", equalTo(Integer.MAX_VALUE))
                .body("items", empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status | published | The status is pending, approved, rejected or spam.",
            "status | PENDING   | The status is pending, approved, rejected or spam.",
            "page   | -1        | The page must be 0 or more.",
            "size   | 0         | The page size must be between 1 and 200.",
            "size   | 201       | The page size must be between 1 and 200."})
    void rejectsInvalidQueueParameters(String field, String value, String message) {
        Moderators.as("alice").queryParam(field, value)
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message));
    }

    @Test
    void readsOneCommentWithItsVersionAsETag() {
        String thread = Comments.newThread();
        String id = decided(thread, "approve");

        ExtractableResponse<Response> answer = Moderators.as("bob")
                .when().get(COMMENT, id)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("id", equalTo(id))
                .body("thread", equalTo(thread))
                .body("email", equalTo("ada@example.org"))
                .body("status", equalTo("approved"))
                .body("decidedBy", equalTo("alice"))
                .body("version", equalTo(1))
                .extract();

        assertEquals("\"1\"", answer.header("ETag"));
    }

    @Test
    void unknownCommentIsNotFound() {
        Moderators.as("alice")
                .when().get(COMMENT, UUID.randomUUID())
                .then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no comment with this id."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "not-a-uuid", "0192d3c4-aaaa-bbbb-cccc-dddddddddddx"})
    void malformedIdIsABadRequest(String id) {
        Moderators.as("alice")
                .when().get(COMMENT, id)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("id"))
                .body("violations[0].message", equalTo("A comment id is a UUID."));
    }

    @Test
    void filtersTheQueueByScreeningReason() {
        String thread = Comments.newThread();
        String plain = pending(thread);
        String linked = Comments.submit(Comments.saying(thread,
                "See https://a.example.org, https://b.example.org and https://c.example.org"));

        Moderators.as("alice").queryParam("thread", thread).queryParam("reason", "too_many_links")
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(linked))
                .body("items[0].reasons.code", contains("too_many_links"));
        Moderators.as("alice").queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("items.id", contains(plain, linked));
    }

    @Test
    void malformedReasonIsABadRequest() {
        Moderators.as("alice").queryParam("reason", "Too Many")
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("reason"));
    }
}
