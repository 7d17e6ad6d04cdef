package dev.moderato.publication;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * A change this replica is not told about (made through another one) is served from memory
 * until the time to live has passed, and not after.
 */
@QuarkusTest
@TestProfile(ShortCacheTtlProfile.class)
class CacheTimeToLiveTest {

    private static final String COMMENTS = "/api/v1/comments";

    @Test
    void changeFromAnotherReplicaIsSeenOnceTheTimeToLiveHasPassed() throws InterruptedException {
        String thread = Comments.newThread();
        String id = UnnoticedChanges.pendingAfterAReadOf(thread);

        UnnoticedChanges.approve(id);
        given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200).body("items", empty()); // still the page in memory: the cache is on
        Thread.sleep(ShortCacheTtlProfile.TTL_MILLIS + 100);

        given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(id));
        given().queryParam("thread", thread).when().get(COMMENTS + "/count")
                .then().statusCode(200).body("'" + thread + "'", equalTo(1));
    }
}
