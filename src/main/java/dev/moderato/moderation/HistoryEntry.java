package dev.moderato.moderation;

import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;

import java.time.Instant;

public record HistoryEntry(Instant at, String actor, String action, CommentStatus fromStatus, CommentStatus toStatus,
                           String reason) {

    static HistoryEntry of(CommentEvent event) {
        return new HistoryEntry(event.at, event.actor, event.action, event.fromStatus, event.toStatus, event.reason);
    }
}
