package dev.moderato.moderation;

import java.util.Arrays;

/**
 * An {@code If-Match} header against a comment's version: the ETag is the version in quotes.
 * If-Match compares strongly (RFC 9110): a weak tag never matches; {@code *} matches any version.
 */
public record Precondition(String header) {

    public static final Precondition NONE = new Precondition(null);

    /** The version a moderator saw, as a page's form sends it back: the If-Match a JSON client would send. */
    public static Precondition ofVersion(long version) {
        return new Precondition(etagOf(version));
    }

    static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    boolean isPresent() {
        return header != null && !header.isBlank();
    }

    boolean matches(long version) {
        if (!isPresent()) {
            return true;
        }
        String current = etagOf(version);
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
