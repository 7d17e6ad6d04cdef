package dev.moderato.publication;

import dev.moderato.comment.Comment;

import java.time.Instant;

/** An approved comment as the public sees it: no email, IP or user agent. */
public record PublicComment(String id, String parentId, String name, String website, String body, String html,
                            Instant createdAt) {

    static PublicComment of(Comment comment) {
        return new PublicComment(comment.id.toString(),
                comment.parentId == null ? null : comment.parentId.toString(),
                comment.name, comment.website, comment.body, BodyRenderer.toHtml(comment.body), comment.createdAt);
    }
}
