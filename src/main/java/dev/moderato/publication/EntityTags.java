package dev.moderato.publication;

import java.util.List;

/** Reads {@code If-None-Match} (RFC 9110, section 13.1.2). */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether the client's copy is current: a line of If-None-Match names this tag, or is {@code *}. It compares
     * weakly: {@code W/"x"} matches {@code "x"}. A malformed list matches nothing from where it
     * goes wrong, so the client gets the full answer rather than a 304 it did not ask for.
     */
    static boolean notModified(List<String> ifNoneMatch, String etag) {
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
