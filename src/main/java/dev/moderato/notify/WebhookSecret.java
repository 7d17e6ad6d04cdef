package dev.moderato.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer that shows a secret, the once it is shown: on creation, and on rotation (then with the time until
 * which the previous secret still signs beside it).
 */
public record WebhookSecret(UUID id, String url, List<String> events, String secret, Instant previousSecretUntil) {

    @Override
    public String toString() {
        return "WebhookSecret[" + id + "]";
    }
}
