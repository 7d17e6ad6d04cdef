package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;

import java.time.Instant;

/**
 * The answer to an accepted submission: enough to find the comment again, nothing personal.
 * Spam is answered as pending, so a bot learns nothing from the answer.
 */
public record SubmissionReceipt(String id, CommentStatus status, String thread, Instant createdAt) {

    static SubmissionReceipt of(Comment comment) {
        CommentStatus shown = comment.status == CommentStatus.SPAM ? CommentStatus.PENDING : comment.status;
        return new SubmissionReceipt(comment.id.toString(), shown, comment.thread, comment.createdAt);
    }
}
