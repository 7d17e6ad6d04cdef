package dev.moderato.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.comment.Comment;
import dev.moderato.comment.Reason;
import dev.moderato.publication.BodyRenderer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook's body: the event's type and time, and the comment as the public could see it, with its status and
 * screening reasons (its status the one the event left it in); never the email, IP or user agent. A deleted comment is named by id, thread and status only.
 */
public final class WebhookPayload {

    record Data(UUID id, String thread, UUID parentId, String status, String name, String website, String body,
                String html, Instant createdAt, List<Reason> reasons) {
    }

    record Body(String type, Instant timestamp, Data data) {
    }

    private WebhookPayload() {
    }

    static String of(ObjectMapper json, Outbox.Event event, Comment comment) {
        String status = event.status() == null ? null : event.status().wireName();
        Data data = comment == null || event.type() == EventType.DELETED
                ? new Data(event.commentId(), event.thread(), null, status, null, null, null, null, null, List.of())
                : new Data(comment.id, comment.thread, comment.parentId, status, comment.name,
                        comment.website, comment.body, BodyRenderer.toHtml(comment.body), comment.createdAt,
                        List.copyOf(comment.reasons));
        try {
            return json.writeValueAsString(new Body(event.type().wireName(), event.occurredAt(), data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body is always serialisable", e);
        }
    }
}
