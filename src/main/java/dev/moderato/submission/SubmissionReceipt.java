package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;

import java.time.Instant;

/** The answer to an accepted submission: enough to find the comment again, nothing personal. */
public record SubmissionReceipt(String id, CommentStatus status, String thread, Instant createdAt) {

    static SubmissionReceipt of(Comment comment) {
        return new SubmissionReceipt(comment.id.toString(), comment.status, comment.thread, comment.createdAt);
    }
}
