package dev.moderato.screening.words;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordMatcherTest {

    private static Optional<String> find(List<String> words, String text) {
        return new WordMatcher(words).findIn(WordMatcher.normalise(text));
    }

    private static void assertFinds(String expected, List<String> words, String text) {
        assertEquals(Optional.of(expected), find(words, text), () -> words + " in \"" + text + "\"");
    }

    private static void assertFindsNothing(List<String> words, String text) {
        assertEquals(Optional.empty(), find(words, text), () -> words + " in \"" + text + "\"");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertFinds("ass", List.of("ass"), "what an ass");
        assertFindsNothing(List.of("ass"), "a class act");
        assertFindsNothing(List.of("ass"), "pass the assessment");
        assertFindsNothing(List.of("casino"), "casinos and pericasino");
    }

    @Test
    void digitsBelongToTheWord() {
        assertFindsNothing(List.of("casino"), "casino1 and 1casino");
        assertFinds("casino", List.of("casino"), "casino_1");
    }

    @Test
    void punctuationAndAddressesSeparateWords() {
        assertFinds("casino", List.of("casino"), "Casino!");
        assertFinds("casino", List.of("casino"), "casino@example.com");
        assertFinds("casino", List.of("casino"), "https://casino.example.org/win");
        assertFinds("casino", List.of("casino"), "(casino)");
    }

    @Test
    void ignoresCase() {
        assertFinds("casino", List.of("casino"), "Visit our CASINO");
        assertFinds("CaSiNo", List.of("CaSiNo"), "a casino");
    }

    @Test
    void ignoresAccentsInTextAndList() {
        assertFinds("Crème brûlée", List.of("Crème brûlée"), "I love creme brulee.");
        assertFinds("creme brulee", List.of("creme brulee"), "CRÈME BRÛLÉE!");
        assertFinds("café", List.of("café"), "cafe\u0301"); // decomposed accent in the text
    }

    @Test
    void phrasesMatchAcrossAnyRunOfWhitespace() {
        assertFinds("cheap pills", List.of("cheap pills"), "buy cheap \n\t pills now");
        assertFinds("cheap pills", List.of("cheap pills"), "cheap\u00A0pills"); // no-break space
        assertFindsNothing(List.of("cheap pills"), "cheappills");
        assertFindsNothing(List.of("cheap pills"), "cheap-pills");
        assertFindsNothing(List.of("cheap pills"), "cheap pillsbury");
        assertFindsNothing(List.of("cheap pills"), "cheap things, pills");
    }

    @Test
    void seesThroughCompatibilityFormsAndInvisibleCharacters() {
        assertFinds("casino", List.of("casino"), "ｃａｓｉｎｏ"); // full-width letters
        assertFinds("casino", List.of("casino"), "cas\u00ADino"); // soft hyphen
        assertFinds("casino", List.of("casino"), "cas\u200Bino"); // zero-width space
    }

    @Test
    void findsTheFirstWordInTheTextAndTheLongestPhraseThere() {
        assertFinds("pills", List.of("casino", "pills"), "pills before casino");
        assertFinds("cheap pills", List.of("cheap", "cheap pills"), "cheap pills here");
        assertFinds("cheap", List.of("cheap", "cheap pills"), "cheap pillows");
    }

    @Test
    void wordsWithSignsMatchBetweenSeparators() {
        assertFinds("c++", List.of("c++"), "I write c++ daily");
        assertFinds("$$$", List.of("$$$"), "make $$$ fast");
    }

    @Test
    void anEmptyListOrAnEntryOfOnlyAccentsMatchesNothing() {
        assertFindsNothing(List.of(), "anything at all");
        assertFindsNothing(List.of("\u0301", "\u200B"), "anything at all");
        assertEquals(true, new WordMatcher(List.of("\u0301")).isEmpty());
        assertEquals(false, new WordMatcher(List.of("casino")).isEmpty());
    }

    @Test
    void normalisesTextAndWordsAlike() {
        assertEquals("creme brulee", WordMatcher.normalise("  Crème \t\n Brûlée "));
        assertEquals("fi", WordMatcher.normalise("ﬁ"));
    }
}
