package dev.moderato.submission;

/**
 * What a post carries beside the comment: the hidden fields screening looks at (the honeypot, the signed form
 * token), and a WordPress reply's numeric {@code comment_parent}, a WordPress comment id that only an imported
 * comment can answer to.
 */
public record FormHints(String honeypot, String formToken, String wordPressParent) {

    public static final FormHints NONE = new FormHints(null, null, null);

    public FormHints(String honeypot, String formToken) {
        this(honeypot, formToken, null);
    }
}
