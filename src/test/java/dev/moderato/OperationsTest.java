package dev.moderato;

import dev.moderato.moderation.QueueMetrics;
import dev.moderato.support.Comments;
import dev.moderato.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static dev.moderato.support.Metrics.counted;
import static dev.moderato.support.Metrics.submissions;
import static dev.moderato.support.Metrics.value;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OperationsTest {

    @Inject
    QueueMetrics queueMetrics;

    @Test
    void reportsLiveReadyAndStartedOnTheManagementPort() {
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started"})
    void publicPortServesNeitherHealthNorMetrics(String path) {
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void managementPortServesNoApplicationRoute() {
        Management.given().queryParam("thread", "t").when().get("/api/v1/comments").then().statusCode(404);
    }

    @Test
    void benchmarkPingIsNotServedByDefault() {
        given().when().get("/api/v1/ping")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(not(containsString("/api/v1/ping")));
    }

    @Test
    void countsSubmissionsByOutcome() {
        double acceptedBefore = submissions("accepted");
        double invalidBefore = submissions("invalid");

        Comments.submit(Comments.valid(Comments.newThread()));
        Comments.submit(Comments.valid(Comments.newThread()));
        given().contentType(ContentType.JSON).body(Map.of("thread", "t"))
                .when().post("/api/v1/comments").then().statusCode(400);

        assertEquals(acceptedBefore + 2, submissions("accepted"));
        assertEquals(invalidBefore + 1, submissions("invalid"));
    }

    @Test
    void timesTheWritersGroupCommitsAndCountsWhatTheyCarry() {
        double commitsBefore = counted("moderato_writer_commit_seconds_count");
        double commentsBefore = counted("moderato_writer_batch_size_sum");

        Comments.submit(Comments.valid(Comments.newThread()));
        Comments.submit(Comments.valid(Comments.newThread()));

        double commits = counted("moderato_writer_commit_seconds_count") - commitsBefore;
        // One commit each when alone, one for both when they meet in a batch; never a comment counted twice.
        assertTrue(commits >= 1 && commits <= 2, "commits: " + commits);
        assertEquals(2, counted("moderato_writer_batch_size_sum") - commentsBefore);
        assertTrue(value("moderato_writer_commit_seconds_max") > 0);
    }

    @Test
    void reportsThePendingQueue() {
        Comments.submit(Comments.valid(Comments.newThread()));
        queueMetrics.refresh();
        long pending = Comments.countPending();

        assertEquals(pending, value("moderato_queue_pending"));
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/comments"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/comments/count"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }
}
