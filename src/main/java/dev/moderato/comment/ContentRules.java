package dev.moderato.comment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the text a person typed is tidied and judged, the same wherever it enters: a submission, a moderator's
 * edit, a thread key. Tidying composes characters (NFC, so that "é" typed two ways is one text) and drops
 * white space and invisible formatting around the text; the constraints ({@link AuthorName}, {@link Website},
 * {@link CommentBody}, {@link EmailAddress}, {@link PlainText}) then judge what will be stored. Lengths
 * count characters as people see them: code points, not UTF-16 units.
 */
public final class ContentRules {

    /** A scheme and its colon, not followed by a digit: {@code mailto:}, but not the port of {@code example.org:8080}. */
    private static final Pattern NAMED_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:(?![0-9])");

    private ContentRules() {
    }

    /** Composed (NFC), surrounding white space and invisible formatting dropped. */
    public static String trimmed(String value) {
        return value == null ? null : strip(Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    /** Trimmed, and a field with nothing visible in it is no field. */
    public static String optional(String value) {
        String trimmed = trimmed(value);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * An optional website as people type it: {@code amelie.example.org} gets {@code https://}, as WordPress adds a
     * scheme to an address typed without one. A value naming a scheme of its own ({@code ftp:}, {@code javascript:})
     * keeps it, for the constraint to refuse.
     */
    public static String website(String value) {
        String trimmed = optional(value);
        if (trimmed == null || trimmed.contains("://") || NAMED_SCHEME.matcher(trimmed).lookingAt()) {
            return trimmed;
        }
        return trimmed.startsWith("//") ? "https:" + trimmed : "https://" + trimmed;
    }

    /** Trimmed, line breaks as {@code \n}. */
    public static String body(String value) {
        return value == null ? null : trimmed(value.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** What two email addresses are compared by: the same address whatever the case it was typed in. */
    public static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /**
     * What two texts are compared by when deciding they say the same: invisible formatting dropped, every run of
     * white space as one space, case kept (a body in capitals says something else).
     */
    public static String sameText(String value) {
        StringBuilder key = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
            } else if (Character.getType(c) != Character.FORMAT) {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.appendCodePoint(c);
            }
        }
        return key.toString();
    }

    /** What two thread keys are compared by when deciding two posts are the same: a path with or without its last slash. */
    public static String sameThread(String thread) {
        int end = thread.length();
        while (end > 1 && thread.charAt(end - 1) == '/') {
            end--;
        }
        return thread.substring(0, end);
    }

    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Whether at least one character would show: not only spaces, invisible formatting or blank fillers. */
    public static boolean isVisible(String value) {
        return value != null && value.codePoints().anyMatch(ContentRules::shows);
    }

    /**
     * The first character that no field may hold, or -1: control characters (but line breaks and tabs where
     * {@code multiline}), explicit text-direction formatting (which can make a name read backwards), and halves
     * of surrogate pairs standing alone (no character at all).
     */
    public static int forbidden(String value, boolean multiline) {
        return value.codePoints()
                .filter(c -> isRefused(c, multiline))
                .findFirst().orElse(-1);
    }

    private static boolean isRefused(int c, boolean multiline) {
        if (c == '\n' || c == '\t') {
            return !multiline;
        }
        return Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean shows(int c) {
        int type = Character.getType(c);
        boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED;
        return !blank && !isFiller(c);
    }

    /** Letters that render as nothing: the Hangul fillers, the braille blank, the Mongolian vowel separator. */
    private static boolean isFiller(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E;
    }

    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isPadding(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isPadding(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    /** White space of any kind, and the invisible formatting (zero-width spaces, joiners) that pads a text. */
    private static boolean isPadding(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x2060 || c == 0xFEFF
                || c == 0x200C || c == 0x200D;
    }
}
