package dev.moderato.publication;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentStore;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Changes the database as another replica would: this replica's cache is not told. */
final class UnnoticedChanges {

    private UnnoticedChanges() {
    }

    /** Submits a pending comment to the thread and reads its list and count, empty, as a reader would. */
    static String pendingAfterAReadOf(String thread) {
        String id = Comments.submit(Comments.valid(thread));
        given().queryParam("thread", thread).when().get("/api/v1/comments")
                .then().statusCode(200).body("items", empty());
        given().queryParam("thread", thread).when().get("/api/v1/comments/count")
                .then().statusCode(200).body("'" + thread + "'", equalTo(0));
        return id;
    }

    /**
     * Approves the comment through the comment store, which keeps its published thread true to its status, as
     * another replica's decision reaches the database; no event tells this replica's cache.
     */
    static void approve(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            CommentStore store = Database.comments();
            Comment comment = store.lock(UUID.fromString(id)).orElseThrow();
            comment.status = CommentStatus.APPROVED;
            store.update(comment);
        });
    }
}
