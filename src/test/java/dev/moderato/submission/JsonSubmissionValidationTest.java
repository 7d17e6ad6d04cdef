package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class JsonSubmissionValidationTest {

    private static final String MISSING = "<missing>";

    /** field, submitted value, message key, the {max} the message names (or 0). */
    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("thread", MISSING, "comment.thread.required", 0),
                Arguments.of("thread", "   ", "comment.thread.required", 0),
                Arguments.of("thread", "a".repeat(201), "comment.thread.size", 0),
                Arguments.of("thread", "article\u0007bell", "comment.thread.control", 0),
                Arguments.of("thread", "two\nlines", "comment.thread.control", 0),
                Arguments.of("parentId", "not-an-id", "comment.parentId.unknown", 0),
                Arguments.of("name", MISSING, "comment.name.required", 0),
                Arguments.of("name", " \t ", "comment.name.required", 0),
                Arguments.of("name", "n".repeat(246), "comment.name.size", 0),
                Arguments.of("email", MISSING, "comment.email.required", 0),
                Arguments.of("email", "", "comment.email.required", 0),
                Arguments.of("email", "not-an-address", "comment.email.invalid", 0),
                Arguments.of("email", "ada@localhost", "comment.email.invalid", 0),
                Arguments.of("email", "a".repeat(64) + "@" + ("d".repeat(60) + ".").repeat(3) + "example.org",
                        "comment.email.size", 0),
                Arguments.of("website", "ftp://files.example.org", "comment.website.invalid", 0),
                Arguments.of("website", "javascript:alert(1)", "comment.website.invalid", 0),
                Arguments.of("website", "not a url", "comment.website.invalid", 0),
                Arguments.of("website", "https://example.org/" + "p".repeat(190), "comment.website.size", 0),
                Arguments.of("body", MISSING, "comment.body.required", 0),
                Arguments.of("body", " \n\n ", "comment.body.required", 0),
                Arguments.of("body", "b".repeat(10_001), "comment.body.size", 10_000));
    }

    @ParameterizedTest(name = "{0}={1} is refused in English")
    @MethodSource("invalidFields")
    void refusesInvalidFieldInEnglish(String field, String value, String key, int max) {
        assertRefused(field, value, message(key, max, Locale.ENGLISH), null);
    }

    @ParameterizedTest(name = "{0}={1} is refused in French")
    @MethodSource("invalidFields")
    void refusesInvalidFieldInFrench(String field, String value, String key, int max) {
        assertRefused(field, value, message(key, max, Locale.FRENCH), "fr-CA,fr;q=0.9,en;q=0.5");
    }

    @Test
    void answersInFrenchForARegionalFrenchTag() {
        assertRefused("name", MISSING, message("comment.name.required", 0, Locale.FRENCH), "fr-CA, en;q=0.5");
    }

    @Test
    void answersInEnglishWhenFrenchIsNotPreferred() {
        assertRefused("name", MISSING, message("comment.name.required", 0, Locale.ENGLISH), "de-DE,en;q=0.8,fr;q=0.5");
    }

    @Test
    void answersInFrenchWhenFrenchIsTheOnlyKnownLanguageAsked() {
        assertRefused("name", MISSING, message("comment.name.required", 0, Locale.FRENCH), "de-DE,fr;q=0.5");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        long before = Comments.count();
        given().contentType(ContentType.JSON).body(Map.of("website", "ftp://x.example"))
                .when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("body", "email", "name", "thread", "website"));
        assertEquals(before, Comments.count());
    }

    @Test
    void acceptsFieldsAtTheirLimitsAfterTrimming() {
        String thread = Comments.newThread();
        Map<String, Object> comment = Comments.valid(thread);
        comment.put("name", "  " + "n".repeat(245) + "  ");
        comment.put("body", "\n  " + "b".repeat(10_000) + "  \n");
        comment.put("website", "");
        String id = Comments.submit(comment);

        Comment stored = Comments.find(id);
        assertEquals("n".repeat(245), stored.name);
        assertEquals("b".repeat(10_000), stored.body);
        assertEquals(null, stored.website);
    }

    @Test
    void storesTheSubmissionAsPendingAndAnswersWithAReceipt() {
        String thread = Comments.newThread();
        given().contentType(ContentType.JSON).body(Comments.valid(thread))
                .when().post("/api/v1/comments")
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("status", equalTo("pending"))
                .body("thread", equalTo(thread))
                .body("createdAt", notNullValue())
                .body("size()", equalTo(4));
    }

    @Test
    void ignoresServerOwnedFieldsInTheRequest() {
        String thread = Comments.newThread();
        Map<String, Object> comment = Comments.valid(thread);
        comment.put("id", "01900000-0000-7000-8000-000000000000");
        comment.put("status", "approved");
        comment.put("createdAt", "2000-01-01T00:00:00Z");
        String id = Comments.submit(comment);

        assertNotEquals("01900000-0000-7000-8000-000000000000", id);
        Comment stored = Comments.find(id);
        assertEquals(CommentStatus.PENDING, stored.status);
        assertNotEquals(2000, stored.createdAt.atZone(java.time.ZoneOffset.UTC).getYear());
    }

    @Test
    void givesEachCommentAnUnpredictableId() {
        String thread = Comments.newThread();
        String first = Comments.submit(Comments.valid(thread));
        String second = Comments.submit(Comments.valid(thread));
        // Time-ordered prefix, but the tail is random: consecutive ids differ in more than a counter.
        long differingTailChars = java.util.stream.IntStream.range(24, 36)
                .filter(i -> first.charAt(i) != second.charAt(i)).count();
        assertEquals(true, differingTailChars > 3, first + " vs " + second);
    }

    private static void assertRefused(String field, String value, String message, String acceptLanguage) {
        Map<String, Object> comment = Comments.valid(Comments.newThread());
        if (MISSING.equals(value)) {
            comment.remove(field);
        } else {
            comment.put(field, value);
        }
        long before = Comments.count();
        var request = given().contentType(ContentType.JSON).body(comment);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        request.when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message));
        assertEquals(before, Comments.count(), "nothing may be stored for an invalid submission");
    }

    private static String message(String key, int max, Locale locale) {
        String template = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        return template.replace("{max}", String.valueOf(max));
    }
}
