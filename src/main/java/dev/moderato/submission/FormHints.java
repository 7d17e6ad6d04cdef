package dev.moderato.submission;

/** Hidden form fields screening looks at: the honeypot, and the signed form token. */
public record FormHints(String honeypot, String formToken) {

    public static final FormHints NONE = new FormHints(null, null);
}
