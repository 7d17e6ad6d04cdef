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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several replicas behave as one: two packaged instances on one PostgreSQL database take
 * submissions and decisions at the same time, and nothing is lost, doubled or decided twice.
 * Everything is checked in the database itself, not through the API under test.
 */
class TwoReplicasIT {

    private static final String DATABASE = "moderato_replicas_it";
    private static final int SUBMISSIONS = 400;
    private static final int RACED = 150;
    private static final int THREADS = 8;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final String[][] RACES = {
            {"approve", "reject"}, {"reject", "spam"}, {"spam", "approve"}, {"approve", "approve"}, {"reject", "reject"}};

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Replica> replicas = new ArrayList<>();
    private ExecutorService pool;

    private record Submitted(String id, String replica) {
    }

    private record Attempt(String replica, String moderator, String action, int status) {
    }

    @AfterEach
    void stopReplicasAndDropDatabase() throws Exception {
        if (pool != null) {
            pool.shutdownNow();
        }
        for (Replica replica : replicas) {
            replica.stop();
        }
        if (!replicas.isEmpty()) {
            PostgresqlBuild.drop(DATABASE);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void twoReplicasOnOneDatabaseLoseDoubleAndDecideTwiceNothing() throws Exception {
        PostgresqlBuild.require();
        PostgresqlBuild.recreate(DATABASE);
        String jdbcUrl = PostgresqlBuild.jdbcUrl("127.0.0.1", 5432, DATABASE);
        // Started together on an empty database: both migrate and bootstrap the administrator at once.
        replicas.add(Replica.start("replica-a", jdbcUrl));
        replicas.add(Replica.start("replica-b", jdbcUrl));
        for (Replica replica : replicas) {
            replica.awaitReady(READY_TIMEOUT);
        }
        Replica a = replicas.get(0);
        Replica b = replicas.get(1);
        pool = Executors.newFixedThreadPool(THREADS);

        List<Submitted> acknowledged = submitToBoth();
        Set<String> ids = new HashSet<>();
        acknowledged.forEach(submitted -> ids.add(submitted.id()));
        assertEquals(SUBMISSIONS, acknowledged.size(), "every submission to either replica is acknowledged with 202");
        assertEquals(acknowledged.size(), ids.size(), "no id is handed out twice across the replicas");
        assertEquals(ids, storedIds(), "the database holds every acknowledged comment, and nothing else");

        createModerator(a, "moderator-a");
        createModerator(a, "moderator-b");
        Map<String, List<Attempt>> races = race(acknowledged.subList(0, RACED), a, b);

        try (Connection db = PostgresqlBuild.connect(DATABASE)) {
            for (Map.Entry<String, List<Attempt>> race : races.entrySet()) {
                checkOneDecision(db, race.getKey(), race.getValue());
            }
            assertEquals(SUBMISSIONS, count(db, "select count(*) from comment"));
            assertEquals(SUBMISSIONS, count(db, "select count(distinct id) from comment"));
            assertEquals(RACED, count(db, "select count(*) from comment_event where actor <> 'system'"),
                    "exactly one decision is recorded per raced comment");
            assertEquals(SUBMISSIONS - RACED, count(db, "select count(*) from comment where status = 'PENDING'"));
        }
        for (Replica replica : replicas) {
            assertTrue(replica.isAlive(), replica.name() + " is still running; " + replica.logTail());
        }
    }

    /** Submissions alternate between the replicas, from several threads at once. */
    private List<Submitted> submitToBoth() throws Exception {
        List<Callable<Submitted>> tasks = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Replica replica = replicas.get(i % 2);
            String body = "{\"thread\":\"replicas/" + (i % 7) + "\",\"name\":\"Reader " + i + "\",\"email\":\"reader" + i
                    + "@example.org\",\"body\":\"Comment number " + i + " through " + replica.name() + ".\"}";
            tasks.add(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(replica.uri("/api/v1/comments"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, response.statusCode(), replica.name() + " answered " + response.body());
                return new Submitted(json.readTree(response.body()).get("id").asText(), replica.name());
            });
        }
        List<Submitted> acknowledged = new ArrayList<>();
        for (Future<Submitted> result : pool.invokeAll(tasks)) {
            acknowledged.add(result.get());
        }
        return acknowledged;
    }

    private void createModerator(Replica replica, String username) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password(username) + "\",\"role\":\"moderator\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(replica.uri("/api/v1/admin/moderators"))
                .header("Authorization", basic(Replica.ADMIN, Replica.ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    /**
     * For each comment, one decision to each replica by a different moderator, released together
     * by a barrier. Tasks are queued pair by pair, so a pool thread never waits on a partner that
     * no thread can take.
     */
    private Map<String, List<Attempt>> race(List<Submitted> comments, Replica a, Replica b) throws Exception {
        List<Callable<Attempt>> tasks = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            String id = comments.get(i).id();
            String[] actions = RACES[i % RACES.length];
            CyclicBarrier together = new CyclicBarrier(2);
            tasks.add(() -> decide(together, a, "moderator-a", id, actions[0]));
            tasks.add(() -> decide(together, b, "moderator-b", id, actions[1]));
        }
        List<Future<Attempt>> results = pool.invokeAll(tasks);
        Map<String, List<Attempt>> byComment = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            byComment.computeIfAbsent(comments.get(i / 2).id(), id -> new ArrayList<>()).add(results.get(i).get());
        }
        return byComment;
    }

    private Attempt decide(CyclicBarrier together, Replica replica, String moderator, String id, String action) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(replica.uri("/api/v1/moderation/comments/" + id + "/decision"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(moderator, password(moderator)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + action + "\",\"reason\":\"raced\"}"))
                .build();
        together.await(30, TimeUnit.SECONDS);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Attempt(replica.name(), moderator, action, response.statusCode());
    }

    /**
     * One winner: 200, and the stored status and decider are its. The loser got 409 for another
     * action, or 200 unchanged for the same one; either way its decision is not recorded.
     */
    private static void checkOneDecision(Connection db, String id, List<Attempt> attempts) throws Exception {
        String status;
        String decidedBy;
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select status, decided_by from comment where id = '" + id + "'")) {
            assertTrue(row.next(), id + " is stored");
            status = row.getString(1);
            decidedBy = row.getString(2);
        }
        List<String> deciders = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select actor, action, to_status from comment_event where comment_id = '"
                     + id + "' and actor <> 'system'")) {
            while (rows.next()) {
                deciders.add(rows.getString(1));
                assertEquals(status, rows.getString(3), id + ": the recorded decision is the stored status");
            }
        }
        assertEquals(1, deciders.size(), id + " has exactly one decision; attempts " + attempts);
        assertEquals(deciders.get(0), decidedBy, id + ": decided_by names the recorded decider");
        Attempt winner = attempts.stream().filter(attempt -> attempt.moderator().equals(decidedBy)).findFirst().orElseThrow();
        Attempt loser = attempts.stream().filter(attempt -> attempt != winner).findFirst().orElseThrow();
        assertEquals(200, winner.status(), id + ": the winner got 200; attempts " + attempts);
        assertEquals(statusOf(winner.action()), status, id + ": the stored status is the winner's action");
        int expectedForLoser = loser.action().equals(winner.action()) ? 200 : 409;
        assertEquals(expectedForLoser, loser.status(), id + ": the loser's answer; attempts " + attempts);
    }

    private static String statusOf(String action) {
        return switch (action) {
            case "approve" -> "APPROVED";
            case "reject" -> "REJECTED";
            default -> "SPAM";
        };
    }

    private Set<String> storedIds() throws Exception {
        Set<String> stored = new HashSet<>();
        try (Connection db = PostgresqlBuild.connect(DATABASE); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id from comment")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        return stored;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String password(String username) {
        return "password-of-" + username;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
