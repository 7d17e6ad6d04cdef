package dev.moderato.moderation;

import dev.moderato.comment.CommentStatus;

import java.util.Locale;

/** What a moderator decides, and the status it leads to. */
enum Action {
    APPROVE(CommentStatus.APPROVED), REJECT(CommentStatus.REJECTED), SPAM(CommentStatus.SPAM);

    /** The wire names, for validating requests. */
    static final String NAMES = "approve|reject|spam";

    final CommentStatus target;

    Action(CommentStatus target) {
        this.target = target;
    }

    static Action of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
