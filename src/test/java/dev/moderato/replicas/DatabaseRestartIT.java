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
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The database server itself restarting and crashing under submission load, on a PostgreSQL cluster of the
 * test's own ({@link PrivateCluster}): a fast shutdown, which ends every session with 57P01, and an
 * immediate one, which kills the server as a crash would and makes it recover from its log on the next
 * start. Between them, clients get only 202 or 503 (problem+json, Retry-After), never a 500 or a closed
 * connection; every 202 is stored; and the same service process serves again by itself, with the
 * connections its pool held before the restart all dead.
 */
class DatabaseRestartIT {

    private static final String DATABASE = "moderato_restart_it";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DOWN_FOR = Duration.ofSeconds(4);
    private static final int SUBMITTERS = 4;
    /** Moderators reading the queue throughout: reads get no group commit's retries to hide a misread failure. */
    private static final int READERS = 2;
    /** Moderators' reads that run side by side, so the pool holds that many connections when the server goes. */
    private static final int BURST = 8;
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder().encodeToString(
            (Replica.ADMIN + ":" + Replica.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final List<String> wrongAnswers = new ArrayList<>();
    private PrivateCluster cluster;
    private Replica service;

    @AfterEach
    void stopServiceAndCluster() throws Exception {
        if (service != null) {
            service.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void restartAndCrashUnderLoadAnswerOnly202Or503AndLoseNothing() throws Exception {
        PostgresqlBuild.require();
        cluster = PrivateCluster.start();
        cluster.createDatabase(DATABASE);
        service = Replica.start("restart-service", cluster.jdbcUrl(DATABASE));
        service.awaitReady(READY_TIMEOUT);

        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < SUBMITTERS; i++) {
            Thread client = new Thread(() -> submitWhile(running), "submitter-" + i);
            client.start();
            clients.add(client);
        }
        for (int i = 0; i < READERS; i++) {
            Thread reader = new Thread(() -> readWhile(running), "reader-" + i);
            reader.start();
            clients.add(reader);
        }
        Thread.sleep(1_000);

        for (String mode : List.of("fast", "immediate")) {
            moderatorBurst();
            int acknowledgedBefore = acknowledged.size();
            cluster.stop(mode);
            Thread.sleep(DOWN_FOR.toMillis());
            cluster.restart();
            awaitAcknowledgedAfter(acknowledgedBefore, mode);
            moderatorBurst();
        }
        running.set(false);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(70));
        }
        assertTrue(service.isAlive(), "the same process served throughout; " + service.logTail());
        String log = Files.readString(service.log());
        service.stop();
        service = null;

        synchronized (wrongAnswers) {
            assertEquals(List.of(), wrongAnswers, "only 202 or 503 to a submission, 200 or 503 to a moderator; "
                    + new TreeMap<>(answers));
        }
        assertTrue(answers.getOrDefault("503", new AtomicInteger()).get() > 0,
                "the server was down " + DOWN_FOR.toSeconds() + " s twice: some requests got 503; " + new TreeMap<>(answers));
        assertEquals(Set.of(), lost(), "every acknowledged comment is stored");
        List<String> errors = log.lines().filter(line -> line.contains(" ERROR ")).toList();
        assertEquals(List.of(), errors, "the database going away is logged as a warning, not an error");
        System.out.printf("DatabaseRestartIT: answers %s; %d acknowledged, all stored%n", new TreeMap<>(answers),
                acknowledged.size());
    }

    private void submitWhile(AtomicBoolean running) {
        while (running.get()) {
            int n = sequence.incrementAndGet();
            String request = "{\"thread\":\"restart\",\"name\":\"Reader " + n + "\",\"email\":\"reader" + n
                    + "@example.org\",\"body\":\"Through the restart, #" + n + "\"}";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri("/api/v1/comments"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    acknowledged.add(json.readTree(response.body()).get("id").asText());
                }
                record("submission", response, 202);
                if (response.statusCode() == 503) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                wrong("submission: " + e);
            }
        }
    }

    private void readWhile(AtomicBoolean running) {
        while (running.get()) {
            try {
                readQueue();
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readQueue() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            service.uri("/api/v1/moderation/comments?status=pending&size=100"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", CREDENTIALS).build(),
                    HttpResponse.BodyHandlers.ofString());
            record("moderator list", response, 200);
        } catch (IOException e) {
            wrong("moderator list: " + e);
        }
    }

    /** Moderators' list requests side by side: each holds a pooled connection, which the restart then kills. */
    private void moderatorBurst() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(BURST);
        for (int i = 0; i < BURST; i++) {
            new Thread(() -> {
                try {
                    readQueue();
                } catch (InterruptedException e) {
                    wrong("moderator list interrupted");
                } finally {
                    done.countDown();
                }
            }).start();
        }
        assertTrue(done.await(60, TimeUnit.SECONDS), "the moderators' burst ended");
    }

    private void awaitAcknowledgedAfter(int acknowledgedBefore, String mode) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
        int target = acknowledged.size() + SUBMITTERS * 10;
        while (acknowledged.size() < target) {
            if (System.nanoTime() > deadline) {
                fail("after the " + mode + " stop, " + (acknowledged.size() - acknowledgedBefore) + " submissions were"
                        + " acknowledged in " + RECOVERY_TIMEOUT.toSeconds() + " s of the restart; " + new TreeMap<>(answers)
                        + "; " + service.logTail() + "\n" + cluster.logTail());
            }
            Thread.sleep(100);
        }
    }

    private void record(String what, HttpResponse<String> response, int success) {
        int status = response.statusCode();
        answers.computeIfAbsent(String.valueOf(status), key -> new AtomicInteger()).incrementAndGet();
        if (status == success) {
            return;
        }
        boolean unavailable = status == 503
                && response.headers().firstValue("Retry-After").isPresent()
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.body().contains("\"status\":503");
        if (!unavailable) {
            wrong(what + ": " + status + " " + response.headers().map() + " " + response.body());
        }
    }

    private void wrong(String answer) {
        synchronized (wrongAnswers) {
            if (wrongAnswers.size() < 10) {
                wrongAnswers.add(answer);
            }
        }
    }

    private Set<String> lost() throws Exception {
        Set<String> stored = new HashSet<>();
        try (Connection db = cluster.connect(DATABASE); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select id from comment")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        return lost;
    }
}
