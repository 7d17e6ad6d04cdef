package dev.moderato.publication;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.moderato.support.Comments.submit;
import static dev.moderato.support.Comments.submitApproved;
import static dev.moderato.support.Comments.valid;
import static dev.moderato.support.Comments.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ThreadListingTest {

    private static final String COMMENTS = "/api/v1/comments";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void approvedCommentIsListedWithItsPublicFields() {
        String thread = Comments.newThread();
        String id = submitApproved(with(valid(thread), "body", "Well argued."));
        Instant createdAt = Comments.find(id).createdAt;

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("thread", equalTo(thread))
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].parentId", nullValue())
                .body("items[0].name", equalTo("Ada Lovelace"))
                .body("items[0].website", equalTo("https://ada.example.org"))
                .body("items[0].body", equalTo("Well argued."))
                .body("items[0].html", equalTo("<p>Well argued.</p>"))
                .body("items[0].createdAt", equalTo(createdAt.toString()));
    }

    @Test
    void threadWithoutApprovedCommentsIsAnEmptyPage() {
        given().queryParam("thread", Comments.newThread())
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @ParameterizedTest
    @EnumSource(value = CommentStatus.class, names = {"PENDING", "REJECTED", "SPAM"})
    void unapprovedCommentIsNeverListedNorCounted(CommentStatus status) {
        String thread = Comments.newThread();
        String hidden = submit(valid(thread));
        Comments.setStatus(hidden, status);
        String approved = submitApproved(valid(thread));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("items.id", contains(approved));
    }

    @Test
    void pendingCommentIsNeverListed() {
        String thread = Comments.newThread();
        submit(valid(thread));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void commentThatLosesItsApprovalDisappears() {
        String thread = Comments.newThread();
        String id = submitApproved(valid(thread));
        given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200).body("items.id", contains(id));

        Comments.setStatus(id, CommentStatus.REJECTED);

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void commentsOfOtherThreadsAreNotListed() {
        String thread = Comments.newThread();
        String own = submitApproved(valid(thread));
        submitApproved(valid(thread + "/replies"));
        submitApproved(valid(thread.toUpperCase()));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("items.id", contains(own));
    }

    @Test
    void commentsAreListedOldestFirst() {
        String thread = Comments.newThread();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(submit(with(valid(thread), "body", "Comment " + i)));
        }
        // Approved newest first, so the order cannot come from the order of approval.
        for (int i = ids.size() - 1; i >= 0; i--) {
            Comments.setStatus(ids.get(i), CommentStatus.APPROVED);
        }

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("items.id", contains(ids.toArray()))
                .body("items.body", contains("Comment 0", "Comment 1", "Comment 2"));
    }

    @Test
    void pagesSplitApprovedCommentsOldestFirstAndReportTheTotal() {
        String thread = Comments.newThread();
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            approved.add(submitApproved(valid(thread)));
            submit(valid(thread)); // pending ones take no place on a page
        }

        assertPage(thread, 0, 2, approved.get(0), approved.get(1));
        assertPage(thread, 1, 2, approved.get(2), approved.get(3));
        assertPage(thread, 2, 2, approved.get(4));
        assertPage(thread, 3, 2);
        assertPage(thread, 0, 200, approved.toArray(String[]::new));
    }

    private static void assertPage(String thread, int page, int size, String... ids) {
        given().queryParam("thread", thread).queryParam("page", page).queryParam("size", size)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("thread", equalTo(thread))
                .body("total", equalTo(5))
                .body("page", equalTo(page))
                .body("size", equalTo(size))
                .body("items", hasSize(ids.length))
                .body("items.id", equalTo(List.of(ids)));
    }

    @Test
    void pageFarBeyondTheEndIsEmpty() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));

        given().queryParam("thread", thread).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("total", equalTo(1))
                .body("page", equalTo(Integer.MAX_VALUE))
                .body("items", empty());
    }

    @Test
    void threadKeyWithSlashesAndUnicodeIsMatchedExactly() {
        String thread = Comments.newThread() + "/été à Paris/日本語/💬 ?q=1&x=y+z#top%20";
        String id = submitApproved(valid(thread));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .body("thread", equalTo(thread))
                .body("total", equalTo(1))
                .body("items.id", contains(id));
        assertEquals(thread, Comments.find(id).thread);
    }

    @Test
    void missingThreadIsRejected() {
        given()
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("thread"))
                .body("violations[0].message", equalTo("Name the thread to read."));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void blankThreadIsRejected(String thread) {
        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("thread"))
                .body("violations[0].message", equalTo("Name the thread to read."));
    }

    @ParameterizedTest
    @CsvSource({
            "page, -1, The page must be 0 or more.",
            "size, 0, The page size must be between 1 and 200.",
            "size, 201, The page size must be between 1 and 200.",
            "size, -5, The page size must be between 1 and 200."})
    void outOfRangePagingIsRejected(String field, int value, String message) {
        given().queryParam("thread", Comments.newThread()).queryParam(field, value)
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message));
    }

    @Test
    void everyInvalidParameterIsReported() {
        given().queryParam("page", -1).queryParam("size", 0)
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("page", "size", "thread"));
    }

    @ParameterizedTest
    @CsvSource({
            "fr, thread, , Indiquez le fil de discussion à lire.",
            "'fr-FR,fr;q=0.9,en;q=0.8', thread, , Indiquez le fil de discussion à lire.",
            "fr, size, 0, La taille de page doit être comprise entre 1 et 200.",
            "fr, page, -1, La page doit être supérieure ou égale à 0.",
            "de, size, 0, The page size must be between 1 and 200.",
            "'en, fr;q=0.8', size, 0, The page size must be between 1 and 200."})
    void messagesFollowTheReadersLanguage(String acceptLanguage, String field, Integer value, String message) {
        var request = given().header("Accept-Language", acceptLanguage);
        if (!field.equals("thread")) {
            request.queryParam("thread", Comments.newThread()).queryParam(field, value);
        }
        request.when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message));
    }
}
