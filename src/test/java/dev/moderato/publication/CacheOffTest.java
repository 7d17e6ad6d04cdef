package dev.moderato.publication;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.moderato.support.Comments.valid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** With {@code cache-ttl=0s} every read goes to the database, and ETags and 304 still work. */
@QuarkusTest
@TestProfile(CacheOffProfile.class)
class CacheOffTest {

    private static final String COMMENTS = "/api/v1/comments";

    @Test
    void everyReadSeesTheDatabaseEvenWhenNobodyToldTheCache() {
        String thread = Comments.newThread();
        String id = UnnoticedChanges.pendingAfterAReadOf(thread);

        UnnoticedChanges.approve(id);

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("ETag", matchesPattern("\"[0-9a-f]{32}(-gzip|-br)?\""))
                .body("total", equalTo(1))
                .body("items.id", contains(id));
        given().queryParam("thread", thread, Comments.newThread())
                .when().get(COMMENTS + "/count")
                .then().statusCode(200)
                .body("$", aMapWithSize(2))
                .body("'" + thread + "'", equalTo(1));
    }

    @Test
    void unchangedPageStillAnswersNotModified() {
        String thread = Comments.newThread();
        Comments.submitApproved(valid(thread));
        String etag = given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200).extract().header("ETag");

        given().queryParam("thread", thread).header("If-None-Match", etag)
                .when().get(COMMENTS)
                .then().statusCode(304)
                .header("ETag", equalTo(etag));
    }
}
