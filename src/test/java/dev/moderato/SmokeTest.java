package dev.moderato;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SmokeTest {
    @Test
    void approvedCommentIsListed() {
        String thread = Comments.newThread();
        String id = Comments.submitApproved(Comments.valid(thread));
        given().queryParam("thread", thread).when().get("/api/v1/comments")
                .then().statusCode(200).body("items[0].id", equalTo(id));
    }
}
