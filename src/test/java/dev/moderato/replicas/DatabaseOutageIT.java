package dev.moderato.replicas;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * PostgreSQL going away and coming back, simulated by cutting a proxy between the service and
 * the database: readiness turns DOWN, requests get 503 problem+json with Retry-After instead of
 * hanging or 500, nothing acknowledged is lost or half-written, and the same process recovers
 * by itself once the database is back.
 */
class DatabaseOutageIT {

    private static final String DATABASE = "moderato_outage_it";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration NOTICE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(60);
    /** Acquisition timeout (3 s) and the writer's queue, with room for a loaded machine. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(15);
    private static final String MANY_LINKS = "See https://a.example https://b.example https://c.example";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private Replica service;
    private SwitchableProxy proxy;

    @AfterEach
    void stopServiceAndDropDatabase() throws Exception {
        if (service != null) {
            service.stop();
        }
        if (proxy != null) {
            proxy.close();
            PostgresqlBuild.drop(DATABASE);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void outageAnswers503WithRetryAfterAndRecoversWithoutRestart() throws Exception {
        PostgresqlBuild.require();
        PostgresqlBuild.recreate(DATABASE);
        proxy = new SwitchableProxy("127.0.0.1", 5432);
        service = Replica.start("outage-service", PostgresqlBuild.jdbcUrl("127.0.0.1", proxy.port(), DATABASE));
        service.awaitReady(READY_TIMEOUT);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> held = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            acknowledged.add(accepted(submit(i % 4 == 0 ? MANY_LINKS : "Before the outage.", null)));
        }
        String parent = acknowledged.iterator().next();
        for (int i = 0; i < 5; i++) {
            String id = accepted(submit(MANY_LINKS, null));
            acknowledged.add(id);
            held.add(id);
        }
        assertEquals(200, get("/api/v1/moderation/stats", true).statusCode(), "the administrator signs in before the outage");

        // Submissions keep arriving through the outage; every 202 among them must be stored.
        AtomicBoolean submitting = new AtomicBoolean(true);
        List<Integer> backgroundStatuses = new ArrayList<>();
        Thread background = new Thread(() -> {
            while (submitting.get()) {
                try {
                    HttpResponse<String> response = submit("During the outage.", null);
                    synchronized (backgroundStatuses) {
                        backgroundStatuses.add(response.statusCode());
                    }
                    if (response.statusCode() == 202) {
                        acknowledged.add(json.readTree(response.body()).get("id").asText());
                    }
                    Thread.sleep(50);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        background.start();
        Thread.sleep(500);

        proxy.cut();
        long cutAt = System.nanoTime();
        awaitReadiness(503, NOTICE_TIMEOUT);
        long noticedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt);
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(service.managementUri("/q/health/ready"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(readiness.body().contains("DOWN"), readiness.body());

        assertServiceUnavailable(timed(() -> submit("While the database is away.", null)));
        assertServiceUnavailable(timed(() -> submit("A reply while the database is away.", parent)));
        assertServiceUnavailable(timed(() -> get("/api/v1/comments?thread=outage", false)));
        assertServiceUnavailable(timed(() -> get("/api/v1/moderation/comments?status=pending", true)));

        proxy.restore();
        long restoredAt = System.nanoTime();
        awaitReadiness(200, RECOVERY_TIMEOUT);
        long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restoredAt);
        int failedAfterReady = 0;
        long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
        HttpResponse<String> first;
        while ((first = submit("After the outage.", null)).statusCode() != 202) {
            failedAfterReady++;
            if (System.nanoTime() > deadline) {
                fail("no 202 within " + RECOVERY_TIMEOUT.toSeconds() + " s of readiness: " + first.statusCode() + " " + first.body());
            }
            Thread.sleep(200);
        }
        acknowledged.add(json.readTree(first.body()).get("id").asText());
        for (int i = 0; i < 20; i++) {
            acknowledged.add(accepted(submit(i % 4 == 0 ? MANY_LINKS : "After the outage.", null)));
        }
        assertEquals(200, get("/api/v1/comments?thread=outage", false).statusCode());
        submitting.set(false);
        background.join(TimeUnit.SECONDS.toMillis(70));
        assertTrue(service.isAlive(), "the same process served before, during and after; " + service.logTail());
        service.stop();
        service = null;

        checkNothingLostOrHalfWritten(acknowledged, held);
        System.out.printf("DatabaseOutageIT: readiness DOWN %d ms after the cut, UP %d ms after the restore; %d submissions"
                        + " failed between readiness and the first 202; background statuses %s; %d acknowledged%n",
                noticedMillis, readyMillis, failedAfterReady, summary(backgroundStatuses), acknowledged.size());
    }

    private void checkNothingLostOrHalfWritten(Set<String> acknowledged, Set<String> held) throws Exception {
        try (Connection db = PostgresqlBuild.connect(DATABASE)) {
            Set<String> stored = new HashSet<>();
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("select id from comment")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "every acknowledged comment is stored");
            // A comment held by screening is stored with its reasons and its audit entry, or not at all.
            assertEquals(0, count(db, "select count(*) from comment c where c.status = 'PENDING' and c.body like 'See https%'"
                    + " and (not exists (select 1 from comment_reason r where r.comment_id = c.id)"
                    + " or not exists (select 1 from comment_event e where e.comment_id = c.id))"));
            assertEquals(0, count(db, "select count(*) from comment_reason r where not exists"
                    + " (select 1 from comment c where c.id = r.comment_id)"));
            assertEquals(0, count(db, "select count(*) from comment_event e where not exists"
                    + " (select 1 from comment c where c.id = e.comment_id)"));
            for (String id : held) {
                assertEquals(1, count(db, "select count(*) from comment_event where comment_id = '" + id + "'"), id);
            }
            assertTrue(count(db, "select count(*) from comment where body like 'See https%'") >= 10);
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(ANSWER_BOUND) < 0, "answered in " + took.toMillis() + " ms");
        return response;
    }

    private static void assertServiceUnavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertNotNull(response.headers().firstValue("Retry-After").orElse(null), "Retry-After");
        assertTrue(response.body().contains("\"status\":503"), response.body());
    }

    private void awaitReadiness(int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last;
        while ((last = service.readiness()) != status) {
            if (System.nanoTime() > deadline) {
                fail("readiness was still " + last + " after " + timeout.toSeconds() + " s, not " + status + "; " + service.logTail());
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> submit(String body, String parentId) throws IOException, InterruptedException {
        int n = sequence.incrementAndGet();
        String parent = parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"";
        String request = "{\"thread\":\"outage\"" + parent + ",\"name\":\"Reader " + n + "\",\"email\":\"reader" + n
                + "@example.org\",\"body\":\"" + body + " #" + n + "\"}";
        return http.send(HttpRequest.newBuilder(service.uri("/api/v1/comments"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, boolean asAdmin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(60));
        if (asAdmin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (Replica.ADMIN + ":" + Replica.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String accepted(HttpResponse<String> response) throws IOException {
        assertEquals(202, response.statusCode(), response.body());
        return json.readTree(response.body()).get("id").asText();
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String summary(List<Integer> statuses) {
        synchronized (statuses) {
            StringBuilder out = new StringBuilder();
            statuses.stream().distinct().sorted().forEach(status -> out.append(status).append('×')
                    .append(statuses.stream().filter(status::equals).count()).append(' '));
            return out.toString().trim();
        }
    }
}
