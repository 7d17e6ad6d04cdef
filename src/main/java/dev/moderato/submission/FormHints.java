package dev.moderato.submission;

import java.util.Locale;

/**
 * What a post carries beside the comment: the hidden fields screening looks at (the honeypot, the signed form
 * token), and a WordPress reply's numeric {@code comment_parent}, a WordPress comment id that only an imported
 * comment can answer to; and whether the reader asked to hear of replies by email (and in which language: the one
 * the submission was read in).
 */
public record FormHints(String honeypot, String formToken, String wordPressParent, Locale notifyReplies) {

    public static final FormHints NONE = new FormHints(null, null, null, null);

    public FormHints(String honeypot, String formToken) {
        this(honeypot, formToken, null, null);
    }

    public FormHints(String honeypot, String formToken, String wordPressParent) {
        this(honeypot, formToken, wordPressParent, null);
    }

    /** The same hints, and the reader's wish to hear of replies by email in this language (null: no wish). */
    public FormHints notifyingRepliesIn(Locale language) {
        return new FormHints(honeypot, formToken, wordPressParent, language);
    }
}
