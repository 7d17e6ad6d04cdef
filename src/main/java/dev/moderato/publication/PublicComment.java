package dev.moderato.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.moderato.comment.Comment;

import java.time.Instant;

/**
 * An approved comment as the public sees it: no email, IP or user agent. {@code erased} is true, and present only,
 * when its author's personal data was erased: the name is then "Anonymous", or "Anonyme" on a page in French.
 */
public record PublicComment(String id, String parentId, String name, String website, String body, String html,
                            Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean erased) {

    /** The name an erased comment shows on a page in French. */
    static final String ANONYMOUS_FR = "Anonyme";

    static PublicComment of(Comment comment) {
        return new PublicComment(comment.id.toString(),
                comment.parentId == null ? null : comment.parentId.toString(),
                comment.name, comment.website, comment.body, BodyRenderer.toHtml(comment.body), comment.createdAt,
                comment.erasedAt == null ? null : Boolean.TRUE);
    }

    /** The same comment on a page in French. */
    PublicComment inFrench() {
        return erased == null ? this : new PublicComment(id, parentId, ANONYMOUS_FR, website, body, html, createdAt, erased);
    }
}
