package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Metrics;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.moderato.moderation.Moderation.DECISION;
import static dev.moderato.moderation.Moderation.DECISIONS;
import static dev.moderato.moderation.Moderation.JSON;
import static dev.moderato.moderation.Moderation.STATS;
import static dev.moderato.moderation.Moderation.decide;
import static dev.moderato.moderation.Moderation.etag;
import static dev.moderato.moderation.Moderation.pending;
import static dev.moderato.support.Comments.backdate;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ModerationStatsTest {

    @Inject
    QueueMetrics queueMetrics;

    @Test
    void statsCountEachStatusAsCommentsAreDecided() {
        String thread = Comments.newThread();
        Counts start = Counts.now();

        String first = pending(thread);
        String second = pending(thread);
        String third = pending(thread);
        assertEquals(start.plus(3, 0, 0, 0), Counts.now());

        decide(Moderators.as("alice"), first, "approve").statusCode(200);
        decide(Moderators.as("alice"), second, "reject").statusCode(200);
        decide(Moderators.as("alice"), third, "spam").statusCode(200);
        assertEquals(start.plus(0, 1, 1, 1), Counts.now());

        decide(Moderators.as("bob"), first, "approve").statusCode(200);
        decide(Moderators.as("bob"), second, "approve").statusCode(409);
        assertEquals(start.plus(0, 1, 1, 1), Counts.now());

        Moderators.as("bob").header("If-Match", etag(first)).contentType(ContentType.JSON)
                .body(Map.of("action", "spam"))
                .when().post(DECISION, first).then().statusCode(200);
        assertEquals(start.plus(0, 0, 1, 2), Counts.now());

        Moderators.asAdmin().when().delete(Moderation.COMMENT, second).then().statusCode(204);
        assertEquals(start.plus(0, 0, 0, 2), Counts.now());
    }

    @Test
    void oldestPendingAtIsTheCreationTimeOfTheOldestPendingComment() {
        String oldestNow = stats().getString("oldestPendingAt");
        Instant floor = oldestNow == null ? Instant.now() : Instant.parse(oldestNow);
        Instant older = floor.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        String id = pending(Comments.newThread());
        backdate(id, older);

        assertEquals(older, Instant.parse(stats().getString("oldestPendingAt")));

        decide(Moderators.as("alice"), id, "reject").statusCode(200);
        String after = stats().getString("oldestPendingAt");
        if (after != null) {
            assertThat(Instant.parse(after), greaterThanOrEqualTo(floor));
        }
    }

    @Test
    void countsEachAppliedDecisionOnceByAction() {
        String thread = Comments.newThread();
        double approvals = Metrics.decisions("approve");
        double rejections = Metrics.decisions("reject");
        String first = pending(thread);
        String second = pending(thread);

        decide(Moderators.as("alice"), first, "approve").statusCode(200);
        decide(Moderators.as("bob"), first, "approve").statusCode(200);
        decide(Moderators.as("bob"), first, "reject").statusCode(409);
        Moderators.as("bob").contentType(ContentType.JSON)
                .body(Map.of("action", "approve", "ids", List.of(first, second, second)))
                .when().post(DECISIONS).then().statusCode(200);

        assertEquals(approvals + 2, Metrics.decisions("approve"));
        assertEquals(rejections, Metrics.decisions("reject"));

        Moderators.as("bob").header("If-Match", etag(second)).contentType(ContentType.JSON)
                .body(Map.of("action", "reject"))
                .when().post(DECISION, second).then().statusCode(200);

        assertEquals(approvals + 2, Metrics.decisions("approve"));
        assertEquals(rejections + 1, Metrics.decisions("reject"));
    }

    @Test
    void reportsHowLongTheOldestPendingCommentHasWaited() {
        String id = pending(Comments.newThread());
        Duration waited = Duration.ofDays(2);
        backdate(id, Instant.now().minus(waited));
        try {
            queueMetrics.refresh();

            double seconds = Metrics.value("moderato_queue_oldest_pending_seconds");
            assertThat(seconds, greaterThanOrEqualTo((double) waited.toSeconds()));
        } finally {
            decide(Moderators.as("alice"), id, "reject").statusCode(200);
        }
        queueMetrics.refresh();
        String oldest = stats().getString("oldestPendingAt");
        double expected = oldest == null ? 0 : Duration.between(Instant.parse(oldest), Instant.now()).toSeconds();
        assertEquals(expected, Metrics.value("moderato_queue_oldest_pending_seconds"), 5.0);
    }

    private record Counts(long pending, long approved, long rejected, long spam) {

        static Counts now() {
            JsonPath stats = stats();
            return new Counts(stats.getLong("pending"), stats.getLong("approved"),
                    stats.getLong("rejected"), stats.getLong("spam"));
        }

        Counts plus(long pending, long approved, long rejected, long spam) {
            return new Counts(this.pending + pending, this.approved + approved, this.rejected + rejected,
                    this.spam + spam);
        }
    }

    private static JsonPath stats() {
        return Moderators.as("alice")
                .when().get(STATS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .extract().jsonPath();
    }
}
