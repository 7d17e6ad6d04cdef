package dev.moderato.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two replicas on one PostgreSQL database hold the same spam filter: decisions made on either teach both, both
 * score a comment alike, to the words of the explanation, and a reset on one empties the other.
 */
class ClassifierReplicasIT {

    private static final String DATABASE = "moderato_classifier_it";
    private static final int EXAMPLES = 12;
    private static final Duration CONVERGENCE = Duration.ofSeconds(60);
    private static final String SPAM = "Please subscribe to my channel for free gift cards!!! http://promo-new.example.com/win";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Replica> replicas = new ArrayList<>();

    @AfterEach
    void stopReplicasAndDropDatabase() throws Exception {
        for (Replica replica : replicas) {
            replica.stop();
        }
        if (!replicas.isEmpty()) {
            PostgresqlBuild.drop(DATABASE);
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void replicasLearnFromEachOthersDecisionsAndScoreAlike() throws Exception {
        PostgresqlBuild.require();
        PostgresqlBuild.recreate(DATABASE);
        String jdbcUrl = PostgresqlBuild.jdbcUrl("127.0.0.1", 5432, DATABASE);
        // Active only once every example is learned: a spam comment the filter had binned could teach nothing.
        Map<String, String> settings = Map.of("MODERATO_SCREENING_CLASSIFIER_MIN_EXAMPLES", String.valueOf(EXAMPLES),
                "MODERATO_SCREENING_CLASSIFIER_REFRESH_INTERVAL", "1s");
        replicas.add(Replica.start("classifier-a", jdbcUrl, settings));
        replicas.add(Replica.start("classifier-b", jdbcUrl, settings));
        for (Replica replica : replicas) {
            replica.awaitReady(Duration.ofSeconds(90));
        }
        Replica a = replicas.get(0);
        Replica b = replicas.get(1);

        // Half of each kind decided on each replica.
        for (int i = 0; i < EXAMPLES; i++) {
            Replica replica = replicas.get(i % 2);
            decide(replica, submit(replica, "classifier/spam", "Check out my channel for free gift cards!!! http://promo" + i
                    + ".example.com/win and share it"), "spam");
            decide(replica, submit(replica, "classifier/remarks", "The part about the tram line " + i
                    + " was well argued; the mayor said as much on Tuesday."), "approve");
        }
        awaitStatus(a, EXAMPLES, EXAMPLES, true);
        awaitStatus(b, EXAMPLES, EXAMPLES, true);

        String onA = submit(a, "classifier/new", SPAM);
        String onB = submit(b, "classifier/new", SPAM);
        JsonNode reasonOnA = comment(a, onA).path("reasons").path(0);
        JsonNode reasonOnB = comment(b, onB).path("reasons").path(0);
        assertEquals("classifier", reasonOnA.path("code").asText(), reasonOnA.toString());
        assertEquals(reasonOnA, reasonOnB, "both replicas score and explain the comment alike");
        assertEquals("spam", comment(a, onB).path("status").asText());

        send(HttpRequest.newBuilder(a.uri("/api/v1/admin/classifier")).DELETE(), 204);
        awaitStatus(b, 0, 0, false);
        assertTrue(a.isAlive() && b.isAlive(), a.logTail() + b.logTail());
    }

    private String submit(Replica replica, String thread, String body) throws Exception {
        String request = json.writeValueAsString(Map.of("thread", thread, "name", "Reader", "email", "reader@example.org", "body", body));
        return json.readTree(send(HttpRequest.newBuilder(replica.uri("/api/v1/comments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)), 202)).path("id").asText();
    }

    private void decide(Replica replica, String id, String action) throws Exception {
        send(HttpRequest.newBuilder(replica.uri("/api/v1/moderation/comments/" + id + "/decision"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + action + "\"}")), 200);
    }

    private JsonNode comment(Replica replica, String id) throws Exception {
        return json.readTree(send(HttpRequest.newBuilder(replica.uri("/api/v1/moderation/comments/" + id)).GET(), 200));
    }

    private void awaitStatus(Replica replica, int spam, int legitimate, boolean active) throws Exception {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        JsonNode status;
        do {
            status = json.readTree(send(HttpRequest.newBuilder(replica.uri("/api/v1/admin/classifier")).GET(), 200));
            if (status.path("spam").asInt() == spam && status.path("legitimate").asInt() == legitimate
                    && status.path("active").asBoolean() == active) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        fail(replica.name() + " reports " + status + " after " + CONVERGENCE.toSeconds() + " s; " + replica.logTail());
    }

    /** As the administrator; the answer's body, once its status is the expected one. */
    private String send(HttpRequest.Builder request, int expected) throws Exception {
        String credentials = Replica.ADMIN + ":" + Replica.ADMIN_PASSWORD;
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }
}
