package dev.moderato.screening.words;

import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.moderato.screening.words.WordListApi.PATH;
import static dev.moderato.support.Moderators.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WordListAdminTest {

    private static final List<String> BEFORE = List.of("casino", "cheap pills");

    @BeforeEach
    void lists() {
        WordListApi.replace("disallowed", BEFORE.toArray(String[]::new));
        WordListApi.replace("moderation", BEFORE.toArray(String[]::new));
    }

    @AfterEach
    void restore() {
        WordListApi.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"disallowed", "moderation"})
    void adminReplacesAListAndReadsItBackSorted(String list) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of("zebra", "Apple", "mango", "Éclair")))
                .when().put(PATH + list)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("words", contains("Apple", "Éclair", "mango", "zebra"));

        asAdmin().when().get(PATH + list)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("words", contains("Apple", "Éclair", "mango", "zebra"));
    }

    @Test
    void theTwoListsAreSeparate() {
        WordListApi.replace("moderation", "refund");

        assertEquals(List.of("refund"), WordListApi.words("moderation"));
        assertEquals(BEFORE, WordListApi.words("disallowed"));
    }

    @Test
    void entriesThatDifferOnlyByCaseAccentsOrSpacingAreKeptOnce() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("words", List.of("Crème", "creme", " CRÈME ", "cheap   pills", "Cheap Pills", "crème brûlée")))
                .when().put(PATH + "disallowed")
                .then().statusCode(200)
                .body("words", contains("cheap pills", "Crème", "crème brûlée"));

        assertEquals(List.of("cheap pills", "Crème", "crème brûlée"), WordListApi.words("disallowed"));
    }

    @Test
    void anEmptyListEmptiesIt() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of()))
                .when().put(PATH + "disallowed")
                .then().statusCode(200)
                .body("words", empty());

        assertEquals(List.of(), WordListApi.words("disallowed"));
    }

    @Test
    void acceptsAThousandEntries() {
        List<String> words = IntStream.range(0, 1000).mapToObj(i -> String.format("word%04d", i)).toList();

        asAdmin().contentType(ContentType.JSON).body(Map.of("words", words))
                .when().put(PATH + "disallowed")
                .then().statusCode(200)
                .body("words", hasSize(1000));

        assertEquals(words, WordListApi.words("disallowed"));
    }

    @Test
    void acceptsAnEntryOfAHundredCharactersAfterTrimming() {
        String longest = "x".repeat(50) + " " + "y".repeat(49);

        asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of("  " + longest + "\t")))
                .when().put(PATH + "disallowed")
                .then().statusCode(200)
                .body("words", contains(longest));
    }

    /** entries, the message key, the position it names (0 for a message about the whole list). */
    static Stream<Arguments> invalidLists() {
        List<String> tooMany = IntStream.range(0, 1001).mapToObj(i -> "word" + i).toList();
        return Stream.of(
                Arguments.of(List.of("casino", "   "), "wordlist.word.blank", 2),
                Arguments.of(Arrays.asList("casino", null), "wordlist.word.blank", 2),
                Arguments.of(List.of("\u0301"), "wordlist.word.blank", 1),
                Arguments.of(List.of("x".repeat(101)), "wordlist.word.size", 1),
                Arguments.of(List.of("ok", "  " + "x".repeat(101) + "  "), "wordlist.word.size", 2),
                Arguments.of(List.of("cas\u0007ino"), "wordlist.word.control", 1),
                Arguments.of(List.of("cheap\npills"), "wordlist.word.control", 1),
                Arguments.of(tooMany, "wordlist.words.size", 0));
    }

    @ParameterizedTest
    @MethodSource("invalidLists")
    void refusesAnInvalidListAndKeepsTheOldOne(List<String> words, String key, int position) {
        asAdmin().contentType(ContentType.JSON).body(Collections.singletonMap("words", words))
                .when().put(PATH + "disallowed")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("words"))
                .body("violations[0].message", equalTo(message(key, position, Locale.ENGLISH)));

        assertEquals(BEFORE, WordListApi.words("disallowed"));
    }

    @Test
    void refusesAMissingListAndKeepsTheOldOne() {
        for (String body : List.of("{}", "{\"words\":null}")) {
            asAdmin().contentType(ContentType.JSON).body(body)
                    .when().put(PATH + "disallowed")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("words"))
                    .body("violations[0].message", equalTo(message("wordlist.words.required", 0, Locale.ENGLISH)));
        }
        assertEquals(BEFORE, WordListApi.words("disallowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"words\": [\"casino\"", "{\"words\": \"casino\"}", "{\"words\": [{}]}", "not json", ""})
    void refusesMalformedJsonAndKeepsTheOldOne(String body) {
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put(PATH + "disallowed")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", notNullValue());

        assertEquals(BEFORE, WordListApi.words("disallowed"));
    }

    @Test
    void reportsEachBadEntryWithItsPosition() {
        List<String> words = List.of("", "fine", "x".repeat(101));
        asAdmin().contentType(ContentType.JSON).body(Map.of("words", words))
                .when().put(PATH + "disallowed")
                .then().statusCode(400)
                .body("violations.field", contains("words", "words"))
                .body("violations.message", contains(
                        message("wordlist.word.blank", 1, Locale.ENGLISH),
                        message("wordlist.word.size", 3, Locale.ENGLISH)));
    }

    @Test
    void explainsInFrenchWhenTheReaderPrefersIt() {
        asAdmin().contentType(ContentType.JSON).header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
                .body(Map.of("words", List.of("ok", "cheap\tpills")))
                .when().put(PATH + "moderation")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("words"))
                .body("violations[0].message", equalTo(message("wordlist.word.control", 2, Locale.FRENCH)))
                .body("violations[0].message", equalTo(
                        "L'entrée 2 contient un caractère de contrôle (comme un saut de ligne ou une tabulation)."));

        assertEquals(BEFORE, WordListApi.words("moderation"));
    }

    @Test
    void anUnknownListIsNotFound() {
        asAdmin().when().get(PATH + "spam")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no such word list: the lists are disallowed and moderation."));
        asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of("casino")))
                .when().put(PATH + "Disallowed")
                .then().statusCode(404)
                .contentType("application/problem+json");

        assertEquals(BEFORE, WordListApi.words("disallowed"));
    }

    static Stream<Arguments> routes() {
        return Stream.of("disallowed", "moderation")
                .flatMap(list -> Stream.of(Arguments.of("GET", list), Arguments.of("PUT", list)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void anonymousCallersMustSignIn(String method, String list) {
        call(given(), method, list)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());

        assertEquals(BEFORE, WordListApi.words(list));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void moderatorsCannotReadOrChangeTheLists(String method, String list) {
        call(Moderators.as("word-list-moderator"), method, list)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("words", equalTo(null));

        assertEquals(BEFORE, WordListApi.words(list));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void administratorsReadAndChangeTheLists(String method, String list) {
        List<String> expected = "GET".equals(method) ? BEFORE : List.of("changed");
        call(asAdmin(), method, list)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("words", equalTo(expected));

        assertEquals(expected, WordListApi.words(list));
    }

    private static io.restassured.response.Response call(RequestSpecification request, String method, String list) {
        return "GET".equals(method)
                ? request.when().get(PATH + list)
                : request.contentType(ContentType.JSON).body(Map.of("words", List.of("changed")))
                        .when().put(PATH + list);
    }

    private static String message(String key, int position, Locale locale) {
        String pattern = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        return pattern.replace("{position}", String.valueOf(position));
    }
}
