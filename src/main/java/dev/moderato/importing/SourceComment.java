package dev.moderato.importing;

import dev.moderato.comment.CommentStatus;

import java.time.Instant;

/**
 * One comment as an export holds it, before Moderato's rules judge it: ids are the export's own, the thread a
 * reference the parser resolves ({@link ExportParser#threadKey}), the body HTML. {@code createdAt} is null when
 * the export gives no date that can be read.
 */
record SourceComment(String id, String parentId, String threadRef, String name, String email, String website,
                     String ip, String html, Instant createdAt, CommentStatus status) {

    @Override
    public String toString() {
        return "SourceComment[" + id + "]"; // the rest is personal data
    }
}
