package dev.moderato.security;

import dev.moderato.support.CapturedLog;
import dev.moderato.support.Moderators;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password guessing costs the guesser, not the service: past the limit, 429 before any bcrypt runs. */
@QuarkusTest
@TestProfile(SignInLimitTest.Limited.class)
class SignInLimitTest {

    static final int PER_ADDRESS = 3;

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("moderato.security.sign-in-limit.enabled", "true",
                    "moderato.security.sign-in-limit.per-address", Integer.toString(PER_ADDRESS),
                    "moderato.security.sign-in-limit.per-username", "20",
                    "moderato.trusted-proxies", "127.0.0.1/32");
        }
    }

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/api/v1/moderation/stats")
    String stats;

    @Test
    void aGuesserIsThrottledAndTheModeratorStillSignsInFromElsewhere() throws Exception {
        String username = "guessed-" + UUID.randomUUID();
        Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Moderators.PASSWORD, "role", Role.MODERATOR))
                .when().post("/api/v1/admin/moderators").then().statusCode(201);
        double checksBefore = count("moderato.signin.checks", "outcome", "failure");
        double throttledBefore = count("moderato.signin.throttled", "by", "address");

        // The guesses go out through one asynchronous client, so that the test's own threads do not take the
        // CPU the measured sign-in needs.
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        List<String> warnings;
        try (CapturedLog log = CapturedLog.start()) {
            List<CompletableFuture<HttpResponse<Void>>> guesses = guess(client, username, 0, 120);
            for (CompletableFuture<HttpResponse<Void>> guess : guesses) {
                statuses.add(guess.get(60, TimeUnit.SECONDS).statusCode());
            }
            // The guessing goes on while the moderator signs in.
            List<CompletableFuture<HttpResponse<Void>>> more = guess(client, username, 120, 60);
            long start = System.nanoTime();
            given().header("X-Forwarded-For", "198.51.100.20").auth().preemptive().basic(username, Moderators.PASSWORD)
                    .when().get("/api/v1/moderation/stats").then().statusCode(200);
            long signInMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(signInMillis < 1_000, "the moderator waited " + signInMillis + " ms behind the guesses");
            for (CompletableFuture<HttpResponse<Void>> guess : more) {
                statuses.add(guess.get(60, TimeUnit.SECONDS).statusCode());
            }
            warnings = log.lines().stream().filter(line -> line.contains("throttled")).toList();
        }

        long checked = statuses.stream().filter(status -> status == 401).count();
        assertTrue(checked >= 1 && checked <= PER_ADDRESS, "one check at a time, at most the allowance: " + statuses);
        assertEquals(180 - checked, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
        assertEquals(checked, count("moderato.signin.checks", "outcome", "failure") - checksBefore,
                "no password is checked for a refused attempt");
        assertEquals(180 - checked, count("moderato.signin.throttled", "by", "address") - throttledBefore);
        assertEquals(1, warnings.size(), "one line for the run of guesses: " + warnings);
        assertTrue(warnings.get(0).startsWith("WARN"));
        assertTrue(!warnings.get(0).contains("203.0.113") && !warnings.get(0).contains(username), warnings.get(0));
    }

    @Test
    void aThrottledAttemptIsAProblemWithRetryAfter() {
        String address = "192.0.2." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < PER_ADDRESS; i++) {
            given().header("X-Forwarded-For", address).auth().preemptive().basic("nobody-" + i, "wrong")
                    .when().get("/api/v1/moderation/stats").then().statusCode(401);
        }
        given().header("X-Forwarded-For", address).auth().preemptive().basic("nobody", "wrong")
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
    }

    @Test
    void correctPasswordsDoNotUseUpTheAllowance() {
        String address = "192.0.2.250";
        for (int i = 0; i < PER_ADDRESS * 3; i++) {
            given().header("X-Forwarded-For", address).auth().preemptive().basic(Moderators.ADMIN, Moderators.ADMIN_PASSWORD)
                    .when().get("/api/v1/moderation/stats").then().statusCode(200);
        }
    }

    /** Sends {@code count} wrong guesses at once from one client, without a thread each. */
    private List<CompletableFuture<HttpResponse<Void>>> guess(HttpClient client, String username, int first, int count) {
        List<CompletableFuture<HttpResponse<Void>>> guesses = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String basic = Base64.getEncoder().encodeToString((username + ":guess-" + i).getBytes(StandardCharsets.UTF_8));
            guesses.add(client.sendAsync(HttpRequest.newBuilder(URI.create(stats))
                    .header("X-Forwarded-For", "203.0.113.66").header("Authorization", "Basic " + basic)
                    .build(), HttpResponse.BodyHandlers.discarding()));
        }
        return guesses;
    }

    private double count(String meter, String tag, String value) {
        var counter = registry.find(meter).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
