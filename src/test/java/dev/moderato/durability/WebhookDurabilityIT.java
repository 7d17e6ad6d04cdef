package dev.moderato.durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.notify.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At least once, through a crash: comments are acknowledged while the receiving site is down, the service is killed
 * with SIGKILL right after the last 202, before anything could be delivered, and once it is back (and the site too)
 * every acknowledged comment's {@code comment.created} arrives, signed.
 */
class WebhookDurabilityIT {

    private static final int COMMENTS = 60;
    private static final String PASSWORD = "webhook-durability-admin-password";
    private static final Map<String, String> SETTINGS = Map.of(
            "MODERATO_ADMIN_PASSWORD", PASSWORD,
            "MODERATO_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<ServiceProcess> started = new ArrayList<>();
    private final String thread = "webhook-durability/" + UUID.randomUUID();

    @AfterEach
    void killLeftoverServices() throws InterruptedException {
        for (ServiceProcess service : started) {
            service.killIfAlive();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedCommentIsDeliveredAfterSigkill() throws Exception {
        Path workDir = Files.createTempDirectory(ServiceProcess.JAR.getParent().getParent(), "webhook-durability-it-");
        Path dataDir = Files.createDirectory(workDir.resolve("data"));
        TestDatabase database = TestDatabase.forDataDir(dataDir);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.down(true);
            ServiceProcess service = start(dataDir, database, workDir);
            String secret = register(service, receiver.url("/durable"));

            Set<String> acknowledged = submitAll(service);
            service.kill();
            assertEquals(COMMENTS, acknowledged.size());
            long reachedBeforeTheKill = receiver.received().stream().filter(request -> request.body().contains(thread)).count();

            int beforeRestart = receiver.received().size();
            receiver.down(false);
            ServiceProcess restarted = start(dataDir, database, workDir);
            // What the dead process had claimed waits out its lease (30 s) before the new one takes it over.
            Set<String> delivered = Set.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
            while (!delivered.containsAll(acknowledged) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                delivered = receiver.received().stream().skip(beforeRestart)
                        .filter(request -> request.body().contains(thread))
                        .filter(request -> request.signedWith(secret))
                        .map(request -> idIn(request.body()))
                        .collect(Collectors.toSet());
            }
            Set<String> received = delivered;
            Set<String> missing = acknowledged.stream().filter(id -> !received.contains(id)).collect(Collectors.toSet());
            System.out.printf("%d acknowledged, %d requests reached the receiver (answered 503) before SIGKILL, "
                    + "%d delivered with a valid signature after the restart%n", acknowledged.size(), reachedBeforeTheKill,
                    received.size());
            assertTrue(missing.isEmpty(), () -> missing.size() + " acknowledged comments never reached the receiver, e.g. "
                    + missing.stream().limit(3).toList() + "; " + restarted.logTail());
            restarted.stop();
        }
    }

    private ServiceProcess start(Path dataDir, TestDatabase database, Path workDir) throws Exception {
        ServiceProcess service = ServiceProcess.start(dataDir, database,
                workDir.resolve("service-" + (started.size() + 1) + ".log"), SETTINGS);
        started.add(service);
        service.awaitReady(Duration.ofSeconds(60));
        return service;
    }

    private String register(ServiceProcess service, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri("/api/v1/admin/webhooks"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"events\":[\"comment.created\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body()).get("secret").asText();
    }

    /** Submits from eight threads at once; the answer is every id acknowledged with 202. */
    private Set<String> submitAll(ServiceProcess service) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < COMMENTS; i++) {
                String body = json.writeValueAsString(Map.of("thread", thread, "name", "Reader " + i,
                        "email", "reader" + i + "@example.org", "body", "Remark " + i + " on the article."));
                tasks.add(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri("/api/v1/comments"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(202, response.statusCode(), response.body());
                    return json.readTree(response.body()).get("id").asText();
                });
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : pool.invokeAll(tasks)) {
                ids.add(id.get());
            }
            return Set.copyOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    private String idIn(String body) {
        try {
            return json.readTree(body).at("/data/id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
