package dev.moderato.security;

import dev.moderato.support.Moderators;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bcrypt runs once per set of credentials, however many requests bring them at once, and on
 * threads of its own: wrong guesses do not hold the workers that serve everyone else.
 */
@QuarkusTest
class SignInCheckTest {

    private static final String PASSWORD = "checked-once-password-1";
    private static final int CONCURRENT = 16;
    /** Four times the worker pool (quarkus.thread-pool.max-threads). */
    private static final int GUESSES = 32;

    @Inject
    MeterRegistry registry;

    @Test
    void requestsArrivingTogetherWithTheSameCredentialsShareOneCheck() throws Exception {
        String username = create();
        double before = checks("success");

        List<Integer> statuses = together(() -> given().auth().preemptive().basic(username, PASSWORD)
                .when().get("/api/v1/moderation/stats").statusCode());

        assertEquals(List.of(200), statuses.stream().distinct().toList(), "every request is signed in");
        assertEquals(1.0, checks("success") - before, "one bcrypt for " + CONCURRENT + " requests");
    }

    @Test
    void aWrongPasswordIsCheckedAgainOnEveryAttempt() {
        String username = create();
        double before = checks("failure");

        for (int attempt = 0; attempt < 3; attempt++) {
            given().auth().preemptive().basic(username, "not-" + PASSWORD)
                    .when().get("/api/v1/moderation/stats")
                    .then().statusCode(401);
        }

        assertEquals(3.0, checks("failure") - before, "failures are never remembered");
        given().auth().preemptive().basic(username, PASSWORD)
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(200);
    }

    @Test
    void aRunOfWrongGuessesDoesNotQueueThePublicReadsBehindIt() throws Exception {
        String username = create();
        double before = checks("failure");
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSES);
        List<Future<Integer>> guesses = new ArrayList<>();
        try {
            for (int i = 0; i < GUESSES; i++) {
                String guess = "wrong-" + i + "-" + PASSWORD; // each its own bcrypt: no two share a check
                guesses.add(guessers.submit(() -> given().auth().preemptive().basic(username, guess)
                        .when().get("/api/v1/moderation/stats").statusCode()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (checks("failure") - before < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10); // every guess has arrived by the time the first one is refused
            }

            given().queryParam("thread", "sign-in/elsewhere")
                    .when().get("/api/v1/comments/count")
                    .then().statusCode(200);

            double refused = checks("failure") - before;
            assertTrue(refused >= 1 && refused < GUESSES / 2.0,
                    "the read was answered while the guesses were still being checked; refused by then: " + refused);
            for (Future<Integer> guess : guesses) {
                assertEquals(401, guess.get(60, TimeUnit.SECONDS));
            }
        } finally {
            guessers.shutdownNow();
        }
    }

    private double checks(String outcome) {
        var counter = registry.find("moderato.signin.checks").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Integer> together(java.util.concurrent.Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String create() {
        String username = "checked-" + UUID.randomUUID();
        Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", Role.MODERATOR))
                .when().post("/api/v1/admin/moderators")
                .then().statusCode(201);
        return username;
    }
}
