package dev.moderato.screening.words;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the words and phrases of one list in a text, as whole words, whatever their case and
 * accents. Text and words are compared in their {@link #normalise normalised} form; the words
 * are held in a trie, so a text is scanned once however long the list is.
 */
final class WordMatcher {

    static final WordMatcher EMPTY = new WordMatcher(java.util.List.of());

    // Combining marks (accents) and invisible format characters such as a soft hyphen or a zero-width space.
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final Node root = new Node();
    private final boolean empty;

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        /** The listed word or phrase, as written, that ends at this node. */
        String word;
    }

    WordMatcher(Collection<String> words) {
        boolean any = false;
        for (String word : words) {
            String key = normalise(word);
            if (key.isEmpty()) {
                continue; // it would match everywhere
            }
            Node node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            if (node.word == null) {
                node.word = word;
            }
            any = true;
        }
        this.empty = !any;
    }

    /**
     * Compatibility decomposition (so that "ﬁ" is "fi" and full-width letters are plain ones),
     * without accents or invisible characters, lower case, each run of whitespace one space.
     */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(bare).replaceAll(" ").strip();
    }

    boolean isEmpty() {
        return empty;
    }

    /** The first listed word or phrase, as written in the list, found in a {@link #normalise normalised} text. */
    Optional<String> findIn(String normalised) {
        if (empty) {
            return Optional.empty();
        }
        for (int start = 0; start < normalised.length(); start++) {
            if (start > 0 && isWordCharacter(normalised.codePointBefore(start))) {
                continue;
            }
            String word = longestAt(normalised, start);
            if (word != null) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private String longestAt(String text, int start) {
        String found = null;
        Node node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            int end = i + 1;
            if (node.word != null && (end == text.length() || !isWordCharacter(text.codePointAt(end)))) {
                found = node.word;
            }
        }
        return found;
    }

    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }
}
