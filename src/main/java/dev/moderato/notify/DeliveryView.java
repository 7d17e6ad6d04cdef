package dev.moderato.notify;

import java.time.Instant;
import java.util.UUID;

/** One entry of an endpoint's delivery log: the event, the last attempt's answer and time, and the next try. */
public record DeliveryView(UUID eventId, String event, String state, Integer statusCode, String error, int attempts,
                           Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.eventId(), delivery.eventType(), delivery.state().name().toLowerCase(),
                delivery.lastStatus(), delivery.lastError(), delivery.attempts(), delivery.createdAt(),
                delivery.lastAttemptAt(), delivery.nextAttemptAt());
    }
}
