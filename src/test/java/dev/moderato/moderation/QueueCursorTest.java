package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.moderato.moderation.Moderation.COMMENTS;
import static dev.moderato.moderation.Moderation.PROBLEM_JSON;
import static dev.moderato.moderation.Moderation.decide;
import static dev.moderato.moderation.Moderation.pending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset paging of the moderators' queue: {@code next} and {@code after}, oldest first and by spam score. */
@QuarkusTest
class QueueCursorTest {

    private static final String LINKS = "Look: https://a.example/1 https://b.example/2 https://c.example/3 and more.";

    @Test
    void pagesThroughAThreadByCursorOldestFirstAndTheLastPageHasNoNext() {
        String thread = Comments.newThread();
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            submitted.add(pending(thread));
        }

        ExtractableResponse<Response> first = page(thread, null, null, null);
        assertNotNull(first.header("Link"));
        assertTrue(first.header("Link").contains("rel=\"next\"") && first.header("Link").contains("after="),
                first.header("Link"));
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.id"));
        String next = first.path("next");
        while (next != null) {
            JsonPath page = page(thread, null, null, next).jsonPath();
            seen.addAll(page.getList("items.id"));
            next = page.getString("next");
        }
        assertEquals(submitted, seen);
    }

    @Test
    void aPageAfterDecisionsStartsWhereThePreviousEndedNotPastIt() {
        String thread = Comments.newThread();
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submitted.add(pending(thread));
        }
        JsonPath first = page(thread, null, null, null).jsonPath();
        for (String id : first.<String>getList("items.id")) {
            decide(Moderators.as("alice"), id, "reject").statusCode(200);
        }

        JsonPath second = page(thread, null, null, first.getString("next")).jsonPath();

        assertEquals(submitted.subList(3, 6), second.getList("items.id"));
        assertEquals(3, second.getInt("total"));
    }

    @Test
    void aReasonsQueueFollowsDecisionsAndPagesByCursor() {
        String thread = Comments.newThread();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(Comments.submit(Comments.saying(thread, LINKS + " " + i)));
        }
        decide(Moderators.as("alice"), held.get(0), "reject").statusCode(200);

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            var request = Moderators.as("alice").queryParam("reason", "too_many_links").queryParam("size", 200);
            if (next != null) {
                request.queryParam("after", next);
            }
            JsonPath page = request.when().get(COMMENTS)
                    .then().statusCode(200)
                    .body("items.status", everyItem(equalTo("pending")))
                    .body("items.reasons.code", everyItem(hasItem("too_many_links")))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            next = page.getString("next");
        } while (next != null);

        assertEquals(held.subList(1, 4), seen.stream().filter(held::contains).toList());
        assertEquals(held.subList(1, 4), page(thread, null, "too_many_links", null).jsonPath().getList("items.id"));
    }

    @Test
    void sortsByScoreHighestFirstThenTheUnscoredOldestFirstAcrossPages() {
        String thread = Comments.newThread();
        String low = pending(thread);
        String unscoredOld = pending(thread);
        String high = pending(thread);
        String unscoredNew = pending(thread);
        String middle = pending(thread);
        score(low, 0.2);
        score(high, 0.95);
        score(middle, 0.5);

        List<String> seen = new ArrayList<>();
        ExtractableResponse<Response> page = page(thread, "score", null, null);
        assertEquals(0.95, page.jsonPath().getDouble("items[0].spamScore"), 1e-9);
        seen.addAll(page.jsonPath().getList("items.id"));
        String next = page.path("next");
        while (next != null) {
            JsonPath more = page(thread, null, null, next).jsonPath();
            seen.addAll(more.getList("items.id"));
            next = more.getString("next");
        }

        assertEquals(List.of(high, middle, low, unscoredOld, unscoredNew), seen);
    }

    @Test
    void aCursorThisServiceDidNotGiveIsAProblemNamingIt() {
        for (String bad : List.of("not a cursor", "bm9wZQ", "b35-fjE")) {
            Moderators.as("alice").queryParam("after", bad)
                    .when().get(COMMENTS)
                    .then().statusCode(400)
                    .contentType(startsWith(PROBLEM_JSON))
                    .body("violations[0].field", equalTo("after"))
                    .body("violations[0].message", containsString("cursor"));
        }
        Moderators.as("alice").queryParam("sort", "newest")
                .when().get(COMMENTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void theLastPageHasNoNextAndNoLink() {
        String thread = Comments.newThread();
        pending(thread);
        ExtractableResponse<Response> only = page(thread, null, null, null);
        assertNull(only.jsonPath().getString("next"));
        assertNull(only.header("Link"));
        Moderators.as("alice").queryParam("thread", thread).queryParam("status", "spam")
                .when().get(COMMENTS)
                .then().statusCode(200).body("next", nullValue()).body("total", equalTo(0));
    }

    private static ExtractableResponse<Response> page(String thread, String sort, String reason, String after) {
        var request = Moderators.as("alice").queryParam("thread", thread).queryParam("size", 3)
                .queryParam("sort", sort == null ? "oldest" : sort);
        if (reason != null) {
            request.queryParam("reason", reason);
        }
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get(COMMENTS)
                .then().statusCode(200)
                .extract();
    }

    /** The filter's score, written directly: training a model to give chosen scores would test the model instead. */
    private static void score(String id, double score) {
        QuarkusTransaction.requiringNew().run(() -> Database.sql()
                .update("update comment set spam_score = ? where id = ?", score, UUID.fromString(id)));
    }
}
