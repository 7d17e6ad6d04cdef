package dev.moderato.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a comment's audit trail, a row of {@code comment_event}, written in the transaction of
 * the change it records ({@link CommentHistory}). Holds no copy of the comment's content, so it can
 * outlive the comment's personal data.
 */
public class CommentEvent {

    /** Who acts for automated screening. */
    public static final String SYSTEM = "system";

    public UUID id;

    public UUID commentId;

    public Instant at;

    public String actor;

    public String action;

    public CommentStatus fromStatus;

    public CommentStatus toStatus;

    public String reason;
}
