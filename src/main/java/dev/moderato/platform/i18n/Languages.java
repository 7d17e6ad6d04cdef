package dev.moderato.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The reader's language among those Moderato speaks: French when preferred, otherwise English. */
public final class Languages {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** The cookie in which the dashboard's language switch remembers a choice ({@code en} or {@code fr}). */
    public static final String CHOICE_COOKIE = "moderato_lang";

    private Languages() {
    }

    /** A language chosen with the switch wins over the browser's. */
    public static Locale preferred(String choice, String acceptLanguage) {
        if ("fr".equals(choice) || "en".equals(choice)) {
            return Locale.forLanguageTag(choice);
        }
        return preferred(acceptLanguage);
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
