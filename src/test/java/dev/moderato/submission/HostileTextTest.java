package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text that looks like something it is not, or that no database column should hold: control characters,
 * text-direction overrides, invisible names, lone surrogates. Each is refused with the field named and
 * nothing stored; lengths count characters as people see them.
 */
@QuarkusTest
class HostileTextTest {

    /** field, submitted value, the message key it is refused with. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("name", "Ada\u0000Lovelace", "comment.name.control"),
                Arguments.of("name", "Ada\u0007", "comment.name.control"),
                Arguments.of("name", "Bob\u202Egnp.exe", "comment.name.control"),
                Arguments.of("name", "Bob\u2066x\u2069", "comment.name.control"),
                Arguments.of("name", "Ada\nLovelace", "comment.name.control"),
                Arguments.of("name", "\u200B\u200B", "comment.name.required"),
                Arguments.of("name", "\u3164", "comment.name.required"),
                Arguments.of("name", "\u00A0\u00A0", "comment.name.required"),
                Arguments.of("name", "\u2800\u115F", "comment.name.required"),
                Arguments.of("name", "Ada\uD800", "comment.name.control"),
                Arguments.of("name", "\uD83D\uDE00".repeat(246), "comment.name.size"),
                Arguments.of("body", "First line\u0000second", "comment.body.control"),
                Arguments.of("body", "Read this \u202Etxt.exe", "comment.body.control"),
                Arguments.of("body", "\u200B \u200B", "comment.body.required"),
                Arguments.of("email", "ada\u202E@example.org", "comment.email.invalid"),
                Arguments.of("email", "ada\u0085@example.org", "comment.email.invalid"),
                Arguments.of("email", "ad\u200Ba@example.org", "comment.email.invalid"),
                Arguments.of("email", "ada@exam\u00A0ple.org", "comment.email.invalid"),
                Arguments.of("website", "https://example.org/\u202Eexe", "comment.website.invalid"),
                Arguments.of("thread", "in-j3\u0000/../etc", "comment.thread.control"),
                Arguments.of("thread", "article\u202E", "comment.thread.control"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @MethodSource("refused")
    void refusesTextThatIsNotWhatItLooksLike(String field, String value, String key) {
        long before = Comments.count();
        given().contentType(ContentType.JSON).body(Comments.with(Comments.valid(Comments.newThread()), field, value))
                .when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message(key)));
        assertEquals(before, Comments.count(), "nothing may be stored");
    }

    @Test
    void refusesANulInAFormPostWithAPage() {
        long before = Comments.count();
        Browser.formPost()
                .formParams(Map.of("comment_post_ID", Comments.newThread(), "author", "Ada\u0000", "email", "ada@example.org",
                        "comment", "Fine."))
                .when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString(escaped(message("comment.name.control"))));
        assertEquals(before, Comments.count());
    }

    /** A reply's parent is looked up by thread: a thread PostgreSQL cannot hold must be refused before it asks. */
    @Test
    void refusesAReplyWhoseThreadHoldsANulByNamingTheThreadOnly() {
        long before = Comments.count();
        Map<String, Object> reply = Comments.with(Comments.valid(Comments.newThread() + "\u0000"),
                "parentId", "01a2f5c4-7c1e-7b3a-9d52-3f6e1a2b4c5d");
        given().contentType(ContentType.JSON).body(reply)
                .when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("thread"))
                .body("violations[0].message", equalTo(message("comment.thread.control")));
        assertEquals(before, Comments.count(), "nothing may be stored");
    }

    @Test
    void refusesAControlCharacterInAModeratorsEdit() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("body", "edited\u0000"))
                .when().patch("/api/v1/moderation/comments/{id}", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", equalTo(message("comment.body.control")));
        assertEquals("A thoughtful remark about the article.", Comments.find(id).body);
    }

    @Test
    void refusesAThreadKeyWithANulInItsSettings() {
        Moderators.asAdmin().contentType(ContentType.JSON).queryParam("thread", "a\u0000b")
                .body(Map.of("open", false, "mode", "pre"))
                .when().put("/api/v1/moderation/threads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("thread"));
        given().queryParam("thread", "a\u0000b").when().get("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("thread", "a\u0000b").when().get("/api/v1/comments/count")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("thread"));
    }

    @Test
    void countsLengthsInCharactersNotCodeUnits() {
        String emoji = "\uD83D\uDE00";
        String id = Comments.submit(Comments.with(Comments.with(Comments.valid(Comments.newThread()),
                "name", emoji.repeat(245)), "body", emoji.repeat(5_001)));

        Comment stored = Comments.find(id);
        assertEquals(emoji.repeat(245), stored.name);
        assertEquals(10_002, stored.body.length(), "5,001 characters, over 10,000 UTF-16 units");
    }

    @Test
    void composesAccentsAndDropsInvisiblePadding() {
        String id = Comments.submit(Comments.with(Comments.with(Comments.valid(Comments.newThread()),
                "name", "\u200B Jose\u0301 \u00A0"), "email", "ada@example.org\u200B"));

        Comment stored = Comments.find(id);
        assertEquals("Jos\u00E9", stored.name);
        assertEquals("ada@example.org", stored.email);
    }

    private static String message(String key) {
        return ResourceBundle.getBundle("ValidationMessages", java.util.Locale.ENGLISH).getString(key);
    }

    private static String escaped(String text) {
        return text.replace("'", "&#39;");
    }
}
