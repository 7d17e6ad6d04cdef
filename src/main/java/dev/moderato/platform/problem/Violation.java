package dev.moderato.platform.problem;

/** One invalid field: {@code field} is the name the client submitted it under. */
public record Violation(String field, String message) {
}
