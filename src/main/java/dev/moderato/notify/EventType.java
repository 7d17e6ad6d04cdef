package dev.moderato.notify;

import dev.moderato.comment.CommentStatus;

import java.util.Arrays;
import java.util.Optional;

/** What happened to a comment, as a webhook names it. */
public enum EventType {
    CREATED("comment.created"),
    APPROVED("comment.approved"),
    REJECTED("comment.rejected"),
    SPAM("comment.spam"),
    EDITED("comment.edited"),
    DELETED("comment.deleted");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    /** The event of a decision that moved a comment to {@code status}. */
    public static EventType decided(CommentStatus status) {
        return switch (status) {
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case SPAM -> SPAM;
            case PENDING -> throw new IllegalArgumentException("no decision leads back to pending");
        };
    }
}
