package dev.moderato.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook endpoint, a row of {@code webhook_endpoint}. Holds its signing secrets: never an API answer as it is
 * ({@link WebhookView} is), and never printed.
 */
public record Endpoint(UUID id, String url, List<EventType> events, String secret, String previousSecret,
                       Instant previousSecretUntil, boolean enabled, String disabledReason, Instant failingSince,
                       Instant createdAt) {

    public boolean wants(EventType type) {
        return enabled && events.contains(type);
    }

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one while it is still honoured. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret)
                : List.of(secret);
    }

    @Override
    public String toString() {
        return "Endpoint[" + id + ", enabled=" + enabled + "]";
    }
}
