package dev.moderato.comment;

/**
 * How the text a person typed is tidied before it is judged and stored, the same wherever it enters:
 * a submission and a moderator's edit alike. The constraints ({@link AuthorName}, {@link Website},
 * {@link CommentBody}) then judge what will be stored.
 */
public final class ContentRules {

    private ContentRules() {
    }

    /** Surrounding white space dropped. */
    public static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    /** Trimmed, and a blank optional field is no field. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Line breaks as {@code \n}, surrounding white space dropped. */
    public static String body(String value) {
        return value == null ? null : value.replace("\r\n", "\n").strip();
    }
}
