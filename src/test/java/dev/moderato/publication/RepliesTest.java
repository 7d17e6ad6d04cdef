package dev.moderato.publication;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.moderato.support.Comments.submit;
import static dev.moderato.support.Comments.submitApproved;
import static dev.moderato.support.Comments.valid;
import static dev.moderato.support.Comments.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RepliesTest {

    private static final String COMMENTS = "/api/v1/comments";
    private static final String UNKNOWN_PARENT =
            "The comment you are replying to does not exist or is not published in this thread.";

    @Test
    void replyToAnApprovedCommentIsAcceptedAndListedWithItsParent() {
        String thread = Comments.newThread();
        String parent = submitApproved(valid(thread));

        String reply = given().contentType(ContentType.JSON)
                .body(with(valid(thread), "parentId", parent))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .contentType(startsWith("application/json"))
                .body("status", equalTo("pending"))
                .extract().path("id");
        assertEquals(UUID.fromString(parent), Comments.find(reply).parentId);
        Comments.setStatus(reply, CommentStatus.APPROVED);

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("total", equalTo(2))
                .body("items.id", contains(parent, reply))
                .body("items.parentId", contains(null, parent));
    }

    @Test
    void replyToAReplyIsAccepted() {
        String thread = Comments.newThread();
        String parent = submitApproved(valid(thread));
        String reply = submitApproved(with(valid(thread), "parentId", parent));
        String nested = submitApproved(with(valid(thread), "parentId", reply));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items.id", contains(parent, reply, nested))
                .body("items.parentId", contains(null, parent, reply));
    }

    @Test
    void replyToAPendingCommentIsRejected() {
        String thread = Comments.newThread();
        assertReplyRejected(thread, submit(valid(thread)));
    }

    @Test
    void replyToARejectedCommentIsRejected() {
        String thread = Comments.newThread();
        String parent = submitApproved(valid(thread));
        Comments.setStatus(parent, CommentStatus.REJECTED);
        assertReplyRejected(thread, parent);
    }

    @Test
    void replyToASpamCommentIsRejected() {
        String thread = Comments.newThread();
        String parent = submitApproved(valid(thread));
        Comments.setStatus(parent, CommentStatus.SPAM);
        assertReplyRejected(thread, parent);
    }

    @Test
    void replyToACommentOfAnotherThreadIsRejected() {
        String parent = submitApproved(valid(Comments.newThread()));
        assertReplyRejected(Comments.newThread(), parent);
    }

    @Test
    void replyToAnUnknownIdIsRejected() {
        assertReplyRejected(Comments.newThread(), UUID.randomUUID().toString());
    }

    @Test
    void replyToSomethingThatIsNotAnIdIsRejected() {
        assertReplyRejected(Comments.newThread(), "not-a-uuid");
        assertReplyRejected(Comments.newThread(), "42");
        assertReplyRejected(Comments.newThread(), "' or 1=1 --");
    }

    @Test
    void replyErrorIsInFrenchWhenPreferred() {
        long before = Comments.count();

        given().contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(with(valid(Comments.newThread()), "parentId", UUID.randomUUID().toString()))
                .when().post(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("parentId"))
                .body("violations[0].message",
                        equalTo("Le commentaire auquel vous répondez n'existe pas ou n'est pas publié dans ce fil."));

        assertEquals(before, Comments.count());
    }

    private static void assertReplyRejected(String thread, String parentId) {
        long before = Comments.count();

        given().contentType(ContentType.JSON)
                .body(with(valid(thread), "parentId", parentId))
                .when().post(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("parentId"))
                .body("violations[0].message", equalTo(UNKNOWN_PARENT));

        assertEquals(before, Comments.count(), "nothing is stored");
        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("items.parentId", hasSize(0));
    }
}
