package dev.moderato.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The reader's language among those Moderato speaks: French when preferred, otherwise English. */
public final class Languages {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Languages() {
    }

    /** Picks from an Accept-Language header; regional tags count ({@code fr-CA} is French). */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
