package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A new comment waiting for the group commit: its audit entry (null when screening only queued it), its
 * fingerprint for duplicate detection (null when that is off), the {@link System#nanoTime()} after which it
 * is answered 503 instead of stored, the language its author wants reply notifications in (null: none), and the
 * future its submitter waits on.
 */
record QueuedComment(Comment comment, CommentEvent event, RecentPosts.Fingerprint fingerprint, long deadline,
                     Locale notifyReplies, CompletableFuture<Void> committed) {
}
