package dev.moderato.notify;

import dev.moderato.support.Database;
import dev.moderato.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims between replicas: a live replica's claim is left alone; a crashed one's is taken over once its lease ran out. */
@QuarkusTest
class DeliveryClaimTest {

    @Inject
    TestClock clock;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        Webhooks.deleteAll();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() throws Exception {
        Webhooks.deleteAll();
        clock.reset();
        receiver.close();
    }

    @Test
    void anExpiredClaimIsTakenOverAndALiveOneIsNot() throws Exception {
        UUID endpoint = UUID.fromString(Webhooks.register(receiver.url("/claims"), "comment.created").path("id"));
        Instant now = clock.instant();
        UUID crashed = claimedDelivery(endpoint, "a-replica-that-crashed", now.minusSeconds(1));
        UUID live = claimedDelivery(endpoint, "a-replica-still-sending", now.plus(Duration.ofMinutes(10)));

        receiver.await(request -> request.id().equals(crashed.toString()), 1, Duration.ofSeconds(10));
        Thread.sleep(2500); // two more rounds of the worker
        assertTrue(receiver.received().stream().noneMatch(request -> request.id().equals(live.toString())),
                "the live replica's claim was left to it");

        clock.advance(Duration.ofMinutes(11)); // that replica never answered: its lease has run out
        receiver.await(request -> request.id().equals(live.toString()), 1, Duration.ofSeconds(10));
        assertEquals(1, receiver.received().stream().filter(request -> request.id().equals(crashed.toString())).count(),
                "the crashed replica's delivery was sent once");
    }

    /** A pending delivery, due, that another replica claimed until {@code until}. */
    private static UUID claimedDelivery(UUID endpoint, String replica, Instant until) {
        UUID event = UUID.randomUUID();
        Database.sql().update("insert into webhook_delivery (id, endpoint_id, event_id, event_type, payload, state, attempts,"
                        + " next_attempt_at, claimed_by, claimed_until, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                UUID.randomUUID(), endpoint, event, "comment.created", "{\"type\":\"comment.created\",\"claimed\":\"" + replica + "\"}",
                Delivery.State.PENDING, Instant.now().minusSeconds(5), replica, until, Instant.now().minusSeconds(5));
        return event;
    }
}
