package dev.moderato.replicas;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.notify.WebhookReceiver;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas on one PostgreSQL database share one outbox: each event is delivered once, by one of them; and when
 * one is killed with its deliveries claimed, the other takes them over.
 */
class WebhookReplicasIT {

    private static final String DATABASE = "moderato_webhook_replicas_it";
    private static final int SUBMISSIONS = 200;
    private static final int DURING_OUTAGE = 40;
    private static final Map<String, String> SETTINGS = Map.of("MODERATO_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Replica> replicas = new ArrayList<>();
    private ExecutorService pool;

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
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void eachEventIsDeliveredOnceAndACrashedReplicasClaimsAreTakenOver() throws Exception {
        PostgresqlBuild.require();
        PostgresqlBuild.recreate(DATABASE);
        String jdbcUrl = PostgresqlBuild.jdbcUrl("127.0.0.1", 5432, DATABASE);
        replicas.add(Replica.start("webhook-replica-a", jdbcUrl, SETTINGS));
        replicas.add(Replica.start("webhook-replica-b", jdbcUrl, SETTINGS));
        for (Replica replica : replicas) {
            replica.awaitReady(Duration.ofSeconds(90));
        }
        Replica a = replicas.get(0);
        Replica b = replicas.get(1);
        pool = Executors.newFixedThreadPool(8);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = register(a, receiver.url("/replicas"));
            Set<String> ids = submit("replicas/shared", SUBMISSIONS, i -> replicas.get(i % 2));
            Map<String, Long> deliveries = awaitAll(receiver, ids, secret, Duration.ofSeconds(60));
            Thread.sleep(3000); // a second delivery by the other replica would have come by now
            deliveries = countSigned(receiver, ids, secret);
            Map<String, Long> twice = deliveries.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(Map.of(), twice, "events delivered more than once");
            assertEquals(ids, deliveries.keySet(), "every event is delivered");

            receiver.down(true);
            int before = receiver.received().size();
            Set<String> duringOutage = submit("replicas/outage", DURING_OUTAGE, i -> a);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (receiver.received().size() - before < DURING_OUTAGE / 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            a.kill(); // with some deliveries claimed, answered 503, and due again in a few seconds
            receiver.down(false);
            awaitAll(receiver, duringOutage, secret, Duration.ofSeconds(90));
            assertTrue(b.isAlive(), b.logTail());
        }
    }

    private String register(Replica replica, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(replica.uri("/api/v1/admin/webhooks"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Replica.ADMIN + ":" + Replica.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"events\":[\"comment.created\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body()).get("secret").asText();
    }

    private Set<String> submit(String thread, int count, Function<Integer, Replica> to) throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Replica replica = to.apply(i);
            String body = json.writeValueAsString(Map.of("thread", thread, "name", "Reader " + i,
                    "email", "reader" + i + "@example.org", "body", "Comment " + i + " through " + replica.name() + "."));
            tasks.add(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(replica.uri("/api/v1/comments"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, response.statusCode(), replica.name() + " answered " + response.body());
                return json.readTree(response.body()).get("id").asText();
            });
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> id : pool.invokeAll(tasks)) {
            ids.add(id.get());
        }
        return ids;
    }

    private Map<String, Long> awaitAll(WebhookReceiver receiver, Set<String> ids, String secret, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> delivered = countSigned(receiver, ids, secret);
        while (!delivered.keySet().containsAll(ids) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            delivered = countSigned(receiver, ids, secret);
        }
        Map<String, Long> seen = delivered;
        assertTrue(seen.keySet().containsAll(ids), () -> (ids.size() - seen.size()) + " of " + ids.size()
                + " events never arrived; " + replicas.get(1).logTail());
        return seen;
    }

    /** How many times each of these comments' events arrived signed with the secret and was answered 200. */
    private Map<String, Long> countSigned(WebhookReceiver receiver, Set<String> ids, String secret) {
        return receiver.received().stream()
                .filter(request -> request.answered() == 200 && request.signedWith(secret))
                .map(request -> idIn(request.body()))
                .filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String idIn(String body) {
        try {
            return json.readTree(body).at("/data/id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
