package dev.moderato.submission;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** The reader's language among those Moderato speaks: French when preferred, otherwise English. */
public final class Languages {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Languages() {
    }

    public static Locale preferred(HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
