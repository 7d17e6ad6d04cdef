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

    /** A new entry, with an id of its own. */
    public static CommentEvent of(UUID commentId, Instant at, String actor, String action, CommentStatus from,
                                  CommentStatus to, String reason) {
        CommentEvent event = new CommentEvent();
        event.id = Ids.next();
        event.commentId = commentId;
        event.at = at;
        event.actor = actor;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason;
        return event;
    }
}
