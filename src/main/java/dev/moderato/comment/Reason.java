package dev.moderato.comment;

/** Why automated screening held or flagged a comment: a stable code, and a detail for people. */
public record Reason(String code, String detail) {
}
