package dev.moderato.notify;

import java.time.Instant;
import java.util.UUID;

/** One event on its way to one endpoint, a row of {@code webhook_delivery}; once finished, an entry of its log. */
public record Delivery(UUID id, UUID endpointId, UUID eventId, String eventType, String payload, State state,
                       int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
                       Instant createdAt) {

    public enum State {
        PENDING, DELIVERED, FAILED
    }

    @Override
    public String toString() {
        return "Delivery[" + id + ", " + eventType + ", " + state + ", attempts=" + attempts + "]";
    }
}
