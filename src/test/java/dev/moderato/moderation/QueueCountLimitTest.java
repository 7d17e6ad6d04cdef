package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Metrics;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.moderato.moderation.Moderation.COMMENTS;
import static dev.moderato.moderation.Moderation.pending;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A queue deeper than moderato.moderation.queue-count-limit says "at least", instead of counting all of it. */
@QuarkusTest
@TestProfile(QueueCountLimitTest.CountsUpToThree.class)
class QueueCountLimitTest {

    @Inject
    QueueMetrics queueMetrics;

    public static class CountsUpToThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("moderato.moderation.queue-count-limit", "3");
        }
    }

    @Test
    void aQueueDeeperThanTheLimitGivesTheLimitAsALowerBound() {
        String thread = Comments.newThread();
        for (int i = 0; i < 5; i++) {
            pending(thread);
        }

        Moderators.asAdmin().queryParam("thread", thread).queryParam("size", 2)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("totalExact", equalTo(false))
                .body("items", hasSize(2));
        Moderators.asAdmin().queryParam("thread", thread).queryParam("page", 2).queryParam("size", 2)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void thePendingGaugeStopsAtTheLimitToo() {
        String thread = Comments.newThread();
        for (int i = 0; i < 5; i++) {
            pending(thread);
        }
        queueMetrics.refresh();

        assertEquals(3.0, Metrics.value("moderato_queue_pending"), "gauge at the limit");
    }

    @Test
    void aQueueUpToTheLimitIsCountedExactly() {
        String thread = Comments.newThread();
        for (int i = 0; i < 3; i++) {
            pending(thread);
        }

        Moderators.asAdmin().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("totalExact", equalTo(true))
                .body("items", hasSize(3));
    }
}
