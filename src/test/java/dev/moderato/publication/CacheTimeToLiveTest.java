package dev.moderato.publication;

import dev.moderato.support.Comments;
import dev.moderato.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * A change this replica is not told about (made through another one) is served from memory
 * until the time to live has passed, and not after. The service's clock stands still but for
 * what the test moves it.
 */
@QuarkusTest
@TestProfile(ShortCacheTtlProfile.class)
class CacheTimeToLiveTest {

    private static final String COMMENTS = "/api/v1/comments";
    private static final Duration TTL = Duration.ofMillis(ShortCacheTtlProfile.TTL_MILLIS);

    @Inject
    TestClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.stop();
    }

    @AfterEach
    void restartTheClock() {
        clock.reset();
    }

    @Test
    void changeFromAnotherReplicaIsSeenOnceTheTimeToLiveHasPassed() {
        String thread = Comments.newThread();
        String id = UnnoticedChanges.pendingAfterAReadOf(thread);

        UnnoticedChanges.approve(id);
        clock.advance(TTL.minusMillis(1));
        given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200).body("items", empty()); // still the page in memory: the cache is on
        given().queryParam("thread", thread).when().get(COMMENTS + "/count")
                .then().statusCode(200).body("'" + thread + "'", equalTo(0));
        clock.advance(Duration.ofMillis(1));

        given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(id));
        given().queryParam("thread", thread).when().get(COMMENTS + "/count")
                .then().statusCode(200).body("'" + thread + "'", equalTo(1));
    }
}
