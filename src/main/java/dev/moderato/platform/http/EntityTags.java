package dev.moderato.platform.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Makes strong entity tags, and reads {@code If-None-Match} (RFC 9110, section 13.1.2). */
public final class EntityTags {

    /** 128 bits of SHA-256: collisions are out of reach, and the header stays short. */
    private static final int TAG_BYTES = 16;

    private EntityTags() {
    }

    /**
     * Whether the client's copy is current: a line of If-None-Match names this tag, or is {@code *}. It compares
     * weakly: {@code W/"x"} matches {@code "x"}. A malformed list matches nothing from where it
     * goes wrong, so the client gets the full answer rather than a 304 it did not ask for.
     */
    /**
     * A strong tag that is a digest of the bytes, not a counter: every replica gives the same tag to the same
     * content, so a reader's cached copy stays valid whichever replica answers next.
     */
    public static String of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return '"' + HexFormat.of().formatHex(digest, 0, TAG_BYTES) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static boolean notModified(List<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        return ifNoneMatch.stream().anyMatch(line -> listed(line, opaque));
    }

    private static boolean listed(String header, String opaque) {
        int at = 0;
        int length = header.length();
        while (at < length) {
            char c = header.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                at++;
            } else if (c == '*') {
                return true;
            } else {
                if (header.startsWith("W/", at)) {
                    at += 2;
                }
                if (at >= length || header.charAt(at) != '"') {
                    return false;
                }
                int close = header.indexOf('"', at + 1);
                if (close < 0) {
                    return false;
                }
                if (header.regionMatches(at, opaque, 0, opaque.length()) && close + 1 - at == opaque.length()) {
                    return true;
                }
                at = close + 1;
            }
        }
        return false;
    }
}
