package dev.moderato.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import dev.moderato.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhooks end to end: registered through the API, signed, delivered to a real HTTP receiver, retried, disabled. */
@QuarkusTest
class WebhookDeliveryTest {

    /** Long enough for a loaded machine: each wait ends as soon as what it waits for happened. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private WebhookReceiver receiver;

    @Inject
    TestClock clock;

    @BeforeEach
    void startReceiver() throws Exception {
        Webhooks.deleteAll(); // other classes' endpoints, which would slow each round down
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() throws Exception {
        Webhooks.deleteAll();
        clock.reset();
        receiver.close();
    }

    @Test
    void aNewCommentIsPostedSignedAndWithoutPersonalData() throws Exception {
        ExtractableResponse<Response> webhook = Webhooks.register(receiver.url("/hooks"), "comment.created");
        String secret = webhook.path("secret");
        assertTrue(secret.startsWith("whsec_"), secret);

        String id = Submissions.submit(Submissions.json(), Comments.valid("webhooks/created"));

        WebhookReceiver.Received delivery = receiver.await(request -> request.body().contains(id), 1, WAIT).get(0);
        assertEquals("/hooks", delivery.path());
        assertTrue(delivery.signedWith(secret), "the receiver's own Standard Webhooks check accepts the signature");
        assertFalse(delivery.signedWith(WebhookSignature.newSecret()), "another secret's check refuses it");
        JsonNode body = json.readTree(delivery.body());
        assertEquals("comment.created", body.get("type").asText());
        assertEquals(id, body.at("/data/id").asText());
        assertEquals("webhooks/created", body.at("/data/thread").asText());
        assertEquals("pending", body.at("/data/status").asText());
        assertEquals("Ada Lovelace", body.at("/data/name").asText());
        assertEquals("<p>A thoughtful remark about the article.</p>", body.at("/data/html").asText());
        assertFalse(delivery.body().contains("ada@example.org"), "no email: " + delivery.body());
        assertFalse(delivery.body().contains("127.0.0.1"), "no IP address: " + delivery.body());
        assertFalse(body.get("data").has("userAgent"), "no user agent: " + delivery.body());
    }

    @Test
    void theSecretIsShownOnceAndTheLogShowsTheDelivery() throws Exception {
        String webhookId = Webhooks.register(receiver.url("/log"), "comment.created").path("id");
        String id = Submissions.submit(Submissions.json(), Comments.valid("webhooks/log"));
        WebhookReceiver.Received delivery = receiver.await(request -> request.body().contains(id), 1, WAIT).get(0);

        Moderators.asAdmin().when().get(Webhooks.PATH).then().statusCode(200).contentType(ContentType.JSON)
                .body("[0].id", equalTo(webhookId))
                .body("[0].url", equalTo(receiver.url("/log")))
                .body("[0].events", equalTo(List.of("comment.created")))
                .body("[0].enabled", equalTo(true))
                .body("[0]", not(hasKey("secret")));
        awaitLog(webhookId, "delivered");
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then().statusCode(200)
                .body("[0].eventId", equalTo(delivery.id()))
                .body("[0].event", equalTo("comment.created"))
                .body("[0].statusCode", equalTo(200))
                .body("[0].attempts", equalTo(1));
    }

    @Test
    void decisionsEditsAndDeletionsAreEventsToo() throws Exception {
        Webhooks.register(receiver.url("/all"), "comment.approved", "comment.edited", "comment.deleted");
        String id = Submissions.submit(Submissions.json(), Comments.valid("webhooks/decided"));
        Moderators.as("webhook-moderator").contentType(ContentType.JSON).body(Map.of("action", "approve"))
                .when().post("/api/v1/moderation/comments/{id}/decision", id).then().statusCode(200);
        Moderators.as("webhook-moderator").contentType(ContentType.JSON).body(Map.of("body", "Edited."))
                .when().patch("/api/v1/moderation/comments/{id}", id).then().statusCode(200);
        Moderators.asAdmin().when().delete("/api/v1/moderation/comments/{id}", id).then().statusCode(204);

        List<WebhookReceiver.Received> deliveries = receiver.await(request -> request.body().contains(id), 3, WAIT);
        // Deliveries of one round go out together: they may arrive in any order, as Standard Webhooks allows.
        List<String> types = deliveries.stream().map(request -> type(request.body())).sorted().toList();
        assertEquals(List.of("comment.approved", "comment.deleted", "comment.edited"), types,
                "no comment.created: the endpoint did not ask for it");
        JsonNode deleted = json.readTree(deliveries.stream().filter(request -> type(request.body()).equals("comment.deleted"))
                .findFirst().orElseThrow().body());
        assertTrue(deleted.at("/data/body").isNull(), "a deleted comment's text is not sent: " + deleted);
        assertEquals("approved", deleted.at("/data/status").asText());
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdUntilItSucceeds() throws Exception {
        String webhookId = Webhooks.register(receiver.url("/flaky"), "comment.created").path("id");
        receiver.answer(503, 500);
        String id = Submissions.submit(Submissions.json(), Comments.valid("webhooks/retried"));

        receiver.await(request -> request.body().contains(id), 1, WAIT);
        awaitLog(webhookId, "pending", 1); // recorded: the clock moves only now, or the retry would be due later
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then()
                .body("[0].statusCode", equalTo(503))
                .body("[0].nextAttemptAt", startsWith("20"));
        clock.advance(Duration.ofSeconds(7)); // past the first retry's 5 s and its jitter
        receiver.await(request -> request.body().contains(id), 2, WAIT);
        awaitLog(webhookId, "pending", 2);
        clock.advance(Duration.ofMinutes(7)); // past the second's 5 min
        List<WebhookReceiver.Received> attempts = receiver.await(request -> request.body().contains(id), 3, WAIT);

        assertEquals(1, attempts.stream().map(WebhookReceiver.Received::id).distinct().count(),
                "every retry carries the event's webhook-id");
        awaitLog(webhookId, "delivered");
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then()
                .body("[0].attempts", equalTo(3))
                .body("[0].statusCode", equalTo(200));
    }

    @Test
    void anAnswerWithoutABodyIsDeliveredAtTheFirstAttempt() throws Exception {
        String webhookId = Webhooks.register(receiver.url("/no-content"), "comment.created").path("id");
        int comments = 100;
        receiver.answer(Collections.nCopies(comments, 204).toArray(Integer[]::new));
        // Together, so that the worker sends them many at a time, as it does under load.
        IntStream.range(0, comments).parallel()
                .forEach(i -> Submissions.submit(Submissions.json(), Comments.valid("webhooks/no-content-" + i)));

        receiver.await(request -> request.path().equals("/no-content"), comments, WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> states;
        do {
            Thread.sleep(50);
            states = Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then().extract().path("state");
        } while (states.contains("pending") && System.nanoTime() < deadline);
        // A 204 ends with its headers: reading it must not fail and send the event again.
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then()
                .body("state", everyItem(equalTo("delivered")))
                .body("attempts", everyItem(equalTo(1)))
                .body("statusCode", everyItem(equalTo(204)));
        assertEquals(comments, receiver.received().size(), "each event once");
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        String webhookId = Webhooks.register(receiver.url("/moved"), "comment.created").path("id");
        receiver.answer(302);
        String id = Submissions.submit(Submissions.json(), Comments.valid("webhooks/redirect"));

        receiver.await(request -> request.body().contains(id), 1, WAIT);
        awaitLog(webhookId, "pending");
        Thread.sleep(1500); // a followed redirect would have arrived by now
        assertEquals(List.of("/moved"), receiver.received().stream().map(WebhookReceiver.Received::path).toList());
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then()
                .body("[0].statusCode", equalTo(302));
    }

    @Test
    void goneDisablesTheEndpoint() throws Exception {
        String webhookId = Webhooks.register(receiver.url("/gone"), "comment.created").path("id");
        receiver.answer(410);
        String first = Submissions.submit(Submissions.json(), Comments.valid("webhooks/gone"));
        receiver.await(request -> request.body().contains(first), 1, WAIT);
        awaitLog(webhookId, "failed");

        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}", webhookId).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", equalTo("the receiver answered 410 Gone"));
        String second = Submissions.submit(Submissions.json(), Comments.valid("webhooks/gone"));
        Thread.sleep(2500); // two rounds of the worker
        assertTrue(receiver.about(second).isEmpty(), "a disabled endpoint gets nothing more");

        Moderators.asAdmin().contentType(ContentType.JSON).when().post(Webhooks.PATH + "/{id}/enable", webhookId).then().statusCode(200)
                .body("enabled", equalTo(true));
        String third = Submissions.submit(Submissions.json(), Comments.valid("webhooks/gone"));
        receiver.await(request -> request.body().contains(third), 1, WAIT);
    }

    @Test
    void afterRotationBothSecretsSignForADay() throws Exception {
        ExtractableResponse<Response> webhook = Webhooks.register(receiver.url("/rotated"), "comment.created");
        String oldSecret = webhook.path("secret");
        String newSecret = Moderators.asAdmin().contentType(ContentType.JSON).when().post(Webhooks.PATH + "/{id}/rotate", webhook.path("id").toString())
                .then().statusCode(200).body("secret", startsWith("whsec_")).extract().path("secret");

        String id = Submissions.submit(Submissions.json(), Comments.valid("webhooks/rotated"));
        WebhookReceiver.Received delivery = receiver.await(request -> request.body().contains(id), 1, WAIT).get(0);
        assertTrue(delivery.signedWith(newSecret), "signed with the new secret");
        assertTrue(delivery.signedWith(oldSecret), "and still with the old one");
        assertEquals(2, delivery.signature().split(" ").length, delivery.signature());

        clock.advance(Duration.ofHours(25));
        String later = Submissions.submit(Submissions.json(), Comments.valid("webhooks/rotated"));
        WebhookReceiver.Received next = receiver.await(request -> request.body().contains(later), 1, WAIT).get(0);
        assertFalse(next.signature().contains(" "), "one signature a day later: " + next.signature());
    }

    @Test
    void deletedEndpointsAreGone() {
        String webhookId = Webhooks.register(receiver.url("/deleted"), "comment.created").path("id");
        Moderators.asAdmin().when().delete(Webhooks.PATH + "/{id}", webhookId).then().statusCode(204);
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}", webhookId).then().statusCode(404)
                .contentType("application/problem+json");
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId).then().statusCode(404);
        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(0));
    }

    private String type(String body) {
        try {
            return json.readTree(body).get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the endpoint's latest delivery is in this state: the worker records it after the receiver answered. */
    private static void awaitLog(String webhookId, String state) throws InterruptedException {
        awaitLog(webhookId, state, 0);
    }

    /** Waits until the endpoint's latest delivery is in this state after at least this many recorded attempts. */
    private static void awaitLog(String webhookId, String state, int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            ExtractableResponse<Response> log = Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", webhookId)
                    .then().statusCode(200).extract();
            List<String> states = log.path("state");
            List<Integer> counts = log.path("attempts");
            seen = states.isEmpty() ? null : states.get(0) + " after " + counts.get(0) + " attempts";
            if (!states.isEmpty() && state.equals(states.get(0)) && counts.get(0) >= attempts) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the latest delivery is " + seen + ", not " + state + " after " + attempts + " attempts");
    }
}
