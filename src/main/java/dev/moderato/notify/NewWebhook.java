package dev.moderato.notify;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/admin/webhooks}: where to send, and which events. */
public record NewWebhook(
        @NotNull(message = "{webhook.url.invalid}")
        @Size(max = 2000, message = "{webhook.url.size}")
        @WebhookUrl
        String url,

        @NotEmpty(message = "{webhook.events.required}")
        @Size(max = 20, message = "{webhook.events.required}")
        List<@NotNull(message = "{webhook.event.invalid}")
             @Pattern(regexp = EVENT_NAMES, message = "{webhook.event.invalid}") String> events) {

    static final String EVENT_NAMES = "comment\\.(created|approved|rejected|spam|edited|deleted)";

    List<EventType> eventTypes() {
        return events.stream().distinct().map(name -> EventType.of(name).orElseThrow()).toList();
    }
}
