package dev.moderato.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint as the API lists it: never its secrets. */
public record WebhookView(UUID id, String url, List<String> events, boolean enabled, String disabledReason,
                          Instant createdAt) {

    static WebhookView of(Endpoint endpoint) {
        return new WebhookView(endpoint.id(), endpoint.url(), names(endpoint.events()), endpoint.enabled(),
                endpoint.disabledReason(), endpoint.createdAt());
    }

    static List<String> names(List<EventType> events) {
        return events.stream().map(EventType::wireName).toList();
    }
}
