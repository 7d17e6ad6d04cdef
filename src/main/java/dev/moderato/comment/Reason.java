package dev.moderato.comment;

import jakarta.persistence.Embeddable;

/** Why automated screening held or flagged a comment: a stable code, and a detail for people. */
@Embeddable
public record Reason(String code, String detail) {
}
