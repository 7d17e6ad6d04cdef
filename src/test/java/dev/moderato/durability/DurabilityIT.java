package dev.moderato.durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract's durability promise: a comment answered with 202 survives a {@code kill -9} of the
 * server the moment after. Runs the packaged service as a real process, kills it while submissions
 * are still in flight, restarts it on the same data, and reads the stored ids straight from the
 * database the build targets: the service's H2 file, or the PostgreSQL test database.
 */
class DurabilityIT {

    private static final int ROUNDS = 3;
    private static final int THREADS = 8;
    private static final int KILL_AFTER_ACKNOWLEDGED = 400;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<ServiceProcess> started = new ArrayList<>();
    private final String runId = UUID.randomUUID().toString();
    private Path workDir;
    private TestDatabase database;

    @AfterEach
    void killLeftoverServices() throws InterruptedException {
        for (ServiceProcess service : started) {
            service.killIfAlive();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedCommentSurvivesSigkill() throws Exception {
        workDir = Files.createTempDirectory(ServiceProcess.JAR.getParent().getParent(), "durability-it-");
        Path dataDir = Files.createDirectory(workDir.resolve("data"));
        database = TestDatabase.forDataDir(dataDir);
        List<Set<String>> acknowledgedByRound = new ArrayList<>();

        ServiceProcess service = start(dataDir);
        for (int round = 1; round <= ROUNDS; round++) {
            acknowledgedByRound.add(submitUntilKilled(service, round));
            // Coming back up proves the database recovers from the crash and Flyway and Hibernate still validate it.
            service = start(dataDir);
        }
        service.stop();

        Set<String> stored = storedIds();
        Set<String> acknowledged = new HashSet<>();
        List<Integer> lostByRound = new ArrayList<>();
        for (Set<String> round : acknowledgedByRound) {
            acknowledged.addAll(round);
            lostByRound.add((int) round.stream().filter(id -> !stored.contains(id)).count());
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertTrue(lost.isEmpty(), () -> lost.size() + " of " + acknowledged.size()
                + " acknowledged comments are missing after SIGKILL (lost per round: " + lostByRound
                + "), e.g. " + lost.stream().limit(5).toList() + "; data and logs in " + workDir);
        assertTrue(stored.size() >= acknowledged.size(),
                () -> "stored " + stored.size() + " rows, fewer than the " + acknowledged.size() + " acknowledged");
    }

    private ServiceProcess start(Path dataDir) throws Exception {
        ServiceProcess service = ServiceProcess.start(dataDir, database, workDir.resolve("service-" + (started.size() + 1) + ".log"));
        started.add(service);
        service.awaitReady(READY_TIMEOUT);
        return service;
    }

    /**
     * Submits from several threads and kills the service with SIGKILL as soon as the N-th 202
     * arrives, while the other threads still have requests in flight. Returns every id answered
     * with 202, including answers that were already on the wire when the kill landed.
     */
    private Set<String> submitUntilKilled(ServiceProcess service, int round) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger count = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger cutOff = new AtomicInteger();
        long deadline = System.nanoTime() + SUBMIT_TIMEOUT.toNanos();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Void>> workers = new ArrayList<>();
        for (int worker = 0; worker < THREADS; worker++) {
            int w = worker;
            Callable<Void> submitter = () -> {
                for (int k = 0; !killed.get() && System.nanoTime() < deadline; k++) {
                    HttpResponse<String> response;
                    try {
                        response = http.send(submission(service, round, w, k), HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        if (killed.get()) {
                            cutOff.incrementAndGet();
                        } else {
                            problems.add("worker " + w + " before the kill: " + e);
                        }
                        return null;
                    }
                    if (response.statusCode() != 202) {
                        problems.add("worker " + w + ": " + response.statusCode() + " " + response.body());
                        return null;
                    }
                    acknowledged.add(json.readTree(response.body()).path("id").asText());
                    if (count.incrementAndGet() == KILL_AFTER_ACKNOWLEDGED) {
                        killed.set(true);
                        service.kill();
                    }
                }
                return null;
            };
            workers.add(pool.submit(submitter));
        }
        pool.shutdown();
        try {
            for (Future<Void> worker : workers) {
                worker.get(SUBMIT_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            service.killIfAlive();
        }
        System.out.printf("round %d: %d acknowledged (SIGKILL right after 202 number %d), %d requests cut off by the kill%n",
                round, acknowledged.size(), KILL_AFTER_ACKNOWLEDGED, cutOff.get());
        assertTrue(problems.isEmpty(), () -> "submissions failed before the kill: " + problems + "; " + service.logTail());
        assertTrue(killed.get(), () -> "only " + count.get() + " of " + KILL_AFTER_ACKNOWLEDGED
                + " submissions were acknowledged within " + SUBMIT_TIMEOUT.toSeconds() + " s");
        return acknowledged;
    }

    private HttpRequest submission(ServiceProcess service, int round, int worker, int k) throws IOException {
        Map<String, Object> comment = Map.of(
                "thread", threadPrefix() + round,
                "name", "Reader " + worker,
                "email", "reader-" + round + "-" + worker + "-" + k + "@example.org",
                "body", "Round " + round + ", reader " + worker + ", remark " + k + " (" + UUID.randomUUID() + "). "
                        + "The article makes a fair point. ".repeat(1 + k % 20));
        return HttpRequest.newBuilder(service.uri("/api/v1/comments"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(comment)))
                .build();
    }

    /** This run's threads: a shared PostgreSQL test database may hold earlier runs' comments. */
    private String threadPrefix() {
        return "durability/" + runId + "/round-";
    }

    private Set<String> storedIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("select id from comment where thread like ?")) {
            statement.setString(1, threadPrefix() + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class).toString());
                }
            }
        }
        return ids;
    }
}
