package dev.moderato.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.UuidGenerator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a comment's audit trail, written in the transaction of the change it records.
 * Holds no copy of the comment's content, so it can outlive the comment's personal data.
 */
@Entity
public class CommentEvent extends PanacheEntityBase {

    /** Who acts for automated screening. */
    public static final String SYSTEM = "system";

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public UUID commentId;

    public Instant at;

    public String actor;

    public String action;

    @Enumerated(EnumType.STRING)
    public CommentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public CommentStatus toStatus;

    public String reason;

    public static CommentEvent record(UUID commentId, Instant at, String actor, String action,
                                      CommentStatus from, CommentStatus to, String reason) {
        CommentEvent event = new CommentEvent();
        event.commentId = commentId;
        event.at = at;
        event.actor = actor;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason;
        event.persist();
        return event;
    }

    public static List<CommentEvent> historyOf(UUID commentId) {
        return list("commentId", Sort.by("at").and("id"), commentId);
    }

    /** Reasons are free text that may name the commenter: they go with the comment. */
    public static void forgetReasons(UUID commentId) {
        update("reason = null where commentId = ?1", commentId);
    }
}
