package dev.moderato.screening.words;

import java.util.List;

/** A word list's words and phrases, as stored, sorted. */
public record WordListView(List<String> words) {
}
