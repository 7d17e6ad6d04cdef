package dev.moderato.comment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum CommentStatus {
    PENDING, APPROVED, REJECTED, SPAM;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
