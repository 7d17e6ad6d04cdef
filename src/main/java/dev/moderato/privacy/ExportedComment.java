package dev.moderato.privacy;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;

import java.time.Instant;
import java.util.List;

/** A comment in a reader's export: every stored field, its screening reasons and its history. */
record ExportedComment(String id, String thread, String parentId, String name, String email, String website,
                       String body, CommentStatus status, String ip, String userAgent, Instant createdAt, long version,
                       Instant decidedAt, String decidedBy, Instant erasedAt, List<Reason> reasons, List<Event> history) {

    /** One entry of the comment's history. */
    record Event(Instant at, String actor, String action, CommentStatus fromStatus, CommentStatus toStatus,
                 String reason) {

        static Event of(CommentEvent event) {
            return new Event(event.at, event.actor, event.action, event.fromStatus, event.toStatus, event.reason);
        }
    }

    static ExportedComment of(Comment c, List<CommentEvent> history) {
        return new ExportedComment(c.id.toString(), c.thread, c.parentId == null ? null : c.parentId.toString(),
                c.name, c.email, c.website, c.body, c.status, c.ip, c.userAgent, c.createdAt, c.version,
                c.decidedAt, c.decidedBy, c.erasedAt, List.copyOf(c.reasons),
                history.stream().map(Event::of).toList());
    }

    @Override
    public String toString() {
        return "ExportedComment[" + id + ", " + status + "]";
    }
}
