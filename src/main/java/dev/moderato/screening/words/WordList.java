package dev.moderato.screening.words;

import dev.moderato.platform.config.ModeratoConfig;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two word lists: what makes a comment spam, and what holds it for a moderator. */
public enum WordList {
    DISALLOWED,
    MODERATION;

    /** The list's name in the API and in the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WordList> named(String key) {
        return Arrays.stream(values()).filter(list -> list.key().equals(key)).findFirst();
    }

    /** The words configuration seeds this list with, once. */
    List<String> configured(ModeratoConfig.Screening config) {
        return (this == DISALLOWED ? config.disallowedWords() : config.moderationWords()).orElse(List.of());
    }

    /** The configuration key of {@link #configured}, for error messages. */
    String configurationKey() {
        return "moderato.screening." + key() + "-words";
    }
}
