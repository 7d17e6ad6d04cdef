package dev.moderato.screening.words;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The whole new content of a word list; an empty list empties it. */
public record WordListUpdate(
        @NotNull(message = "{wordlist.words.required}")
        @Size(max = WordLists.MAX_ENTRIES, message = "{wordlist.words.size}")
        @WordEntries
        List<String> words) {
}
