package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;

import java.time.Instant;
import java.util.List;

/** A comment as moderators see it: every field, personal data included. Never served publicly. */
public record ModeratedComment(String id, String thread, String parentId, String name, String email, String website,
                               String body, CommentStatus status, String ip, String userAgent, long version,
                               Instant createdAt, Instant decidedAt, String decidedBy, List<Reason> reasons,
                               Double spamScore) {

    static ModeratedComment of(Comment c) {
        return new ModeratedComment(c.id.toString(), c.thread, c.parentId == null ? null : c.parentId.toString(),
                c.name, c.email, c.website, c.body, c.status, c.ip, c.userAgent, c.version,
                c.createdAt, c.decidedAt, c.decidedBy, List.copyOf(c.reasons), c.spamScore);
    }

    @Override
    public String toString() {
        return "ModeratedComment[" + id + ", " + status + "]";
    }
}
