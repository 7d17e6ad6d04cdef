package dev.moderato.screening.learning;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the classifier sees of a comment: named binary features, from its body, its author's name and website.
 * Character n-grams (3 to 5) catch spellings that words miss ("subscr1be", "channel!!!"); words and word pairs
 * the phrases ("check out", "my channel"); links by their domain; and a few shapes a person rarely types (many
 * capitals, digits, repeated words). The email address is left out: it is private, and a bot chooses it freely.
 */
public final class Features {

    static final String WORD = "w:";
    static final String GRAM = "c:";
    static final int MIN_GRAM = 3;
    static final int MAX_GRAM = 5;
    private static final int MAX_CHARS = 2000;
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>\"]+|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|info|biz|ru|tk|ly|gl|be|me|co|tv|us|io|uk|de|fr)\\b(?:/[^\\s<>\"]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("^(?:https?://)?(?:www\\.)?([^/?#:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}");

    private Features() {
    }

    /**
     * A comment's features as scoring reads them: every feature but the character n-grams, and the text the n-grams
     * are taken from ({@link GramWeights} looks them up there, without a string for each).
     */
    public record Split(Set<String> others, char[] gramText) {
    }

    /** The features of a comment, as training reads them; null fields give none. */
    public static List<String> of(String name, String website, String body) {
        Set<String> features = new LinkedHashSet<>();
        String text = clip(body);
        String folded = fold(text);
        words(features, folded);
        grams(features, gramText(folded));
        links(features, text);
        shape(features, text, folded);
        author(features, name);
        site(features, website);
        return List.copyOf(features);
    }

    /** The same features as {@link #of}, split for scoring. */
    public static Split split(String name, String website, String body) {
        Set<String> others = new HashSet<>();
        String text = clip(body);
        String folded = fold(text);
        words(others, folded);
        links(others, text);
        shape(others, text, folded);
        author(others, name);
        site(others, website);
        return new Split(others, gramText(folded));
    }

    private static String clip(String body) {
        return body == null ? "" : body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
    }

    private static void author(Set<String> features, String name) {
        if (name != null) {
            for (String word : tokens(fold(name))) {
                features.add("n:" + word);
            }
            features.add("n:len" + bucket(name.length(), 8, 16, 24));
        }
    }

    private static void site(Set<String> features, String website) {
        if (website != null) {
            features.add("site");
            host(website).ifPresent(host -> features.add("site:" + host));
        }
    }

    /** Lower case, compatibility forms folded ("ｆｒｅｅ" is "free"), white space as single spaces. */
    static String fold(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(normal).replaceAll(" ").strip();
    }

    static List<String> tokens(String folded) {
        Matcher matcher = WORDS.matcher(folded);
        List<String> tokens = new java.util.ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void words(Set<String> features, String folded) {
        List<String> words = tokens(folded);
        String previous = "^";
        for (String word : words) {
            features.add(WORD + word);
            features.add("b:" + previous + " " + word);
            previous = word;
        }
        int distinct = new LinkedHashSet<>(words).size();
        features.add("words" + bucket(words.size(), 3, 8, 20, 50));
        if (words.size() >= 6 && distinct * 2 < words.size()) {
            features.add("repeated-words");
        }
    }

    /** The text character n-grams are taken from: folded, digits as 0, a space at each end. */
    static char[] gramText(String folded) {
        return (" " + DIGITS.matcher(folded).replaceAll("0") + " ").toCharArray();
    }

    /** The characters of a word of folded text that its own n-grams (those inside it) are taken from. */
    static char[] wordText(String word) {
        return DIGITS.matcher(word).replaceAll("0").toCharArray();
    }

    /** {@link #GRAM} and each 3, 4 and 5 characters of the text, built in one buffer. */
    private static void grams(Set<String> features, char[] text) {
        char[] gram = {GRAM.charAt(0), GRAM.charAt(1), 0, 0, 0, 0, 0};
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= text.length; i++) {
                System.arraycopy(text, i, gram, 2, n);
                features.add(new String(gram, 0, n + 2));
            }
        }
    }

    private static void links(Set<String> features, String text) {
        int links = 0;
        // Every link the pattern finds holds a dot or "://"; without either, the pattern's search is spared.
        Matcher matcher = LINK.matcher(text.indexOf('.') >= 0 || text.contains("://") ? text : "");
        while (matcher.find()) {
            links++;
            host(matcher.group()).ifPresent(host -> {
                features.add("u:" + host);
                int dot = host.lastIndexOf('.');
                features.add("u:." + host.substring(dot + 1));
            });
        }
        features.add("links" + bucket(links, 0, 1, 2));
    }

    private static void shape(Set<String> features, String text, String folded) {
        int letters = 0;
        int capitals = 0;
        int digits = 0;
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c == '!' || c == '?') {
                marks++;
            }
        }
        features.add("digits" + bucket(digits, 0, 3, 9));
        features.add("marks" + bucket(marks, 0, 2, 5));
        features.add("length" + bucket(folded.length(), 20, 50, 100, 200, 400));
        if (letters >= 10) {
            features.add("capitals" + bucket(capitals * 10 / letters, 1, 4, 7));
        }
    }

    private static java.util.Optional<String> host(String link) {
        Matcher matcher = HOST.matcher(link.strip());
        return matcher.find() ? java.util.Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : java.util.Optional.empty();
    }

    /** Which of the ranges (…, a], (a, b], …, (z, …) holds the value: its index. */
    private static int bucket(int value, int... bounds) {
        int index = 0;
        while (index < bounds.length && value > bounds[index]) {
            index++;
        }
        return index;
    }
}
