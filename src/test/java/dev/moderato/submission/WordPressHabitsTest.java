package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.support.Comments;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.onlyCommentIn;
import static dev.moderato.submission.BrowserForms.with;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a stock WordPress comment form sends, as a reader fills it in, is taken as WordPress would take it. */
@QuarkusTest
class WordPressHabitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", " 7 ", "99999999999999999999999"})
    void aNumericParentThatMatchesNoCommentIsDroppedNotRefused(String parent) {
        String thread = Comments.newThread();

        browser().formParams(with(wordPressForm(thread), "comment_parent", parent))
                .when().post(COMMENTS)
                .then().statusCode(200);

        Comment stored = onlyCommentIn(thread);
        assertNull(stored.parentId);
        assertEquals("Great article, thank you.", stored.body);
    }

    /** The WordPress id is looked up by thread: a thread PostgreSQL cannot hold is refused before it asks. */
    @Test
    void aNumericParentInAThreadWithANulIsRefusedForItsThread() {
        long before = Comments.count();

        browser().formParams(with(wordPressForm(Comments.newThread() + "\u0000"), "comment_parent", "1"))
                .when().post(COMMENTS)
                .then().statusCode(400);

        assertEquals(before, Comments.count());
    }

    @Test
    void aParentThatIsNeitherAnIdNorANumberIsStillRefused() {
        String thread = Comments.newThread();
        long before = Comments.count();

        browser().formParams(with(wordPressForm(thread), "comment_parent", "12abc"))
                .when().post(COMMENTS)
                .then().statusCode(400);

        assertEquals(before, Comments.count());
    }

    @ParameterizedTest
    @CsvSource({
            "amelie.example.org, https://amelie.example.org",
            "amelie.example.org/blog?p=1, https://amelie.example.org/blog?p=1",
            "localhost:3000/me, https://localhost:3000/me",
            "//amelie.example.org, https://amelie.example.org",
            "http://amelie.example.org, http://amelie.example.org",
            "HTTPS://Amelie.example.org, HTTPS://Amelie.example.org"})
    void aWebsiteTypedWithoutSchemeGetsHttps(String typed, String stored) {
        String thread = Comments.newThread();

        browser().formParams(with(wordPressForm(thread), "url", typed))
                .when().post(COMMENTS)
                .then().statusCode(200);

        assertEquals(stored, onlyCommentIn(thread).website);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "mailto:amelie@example.org", "ftp://files.example.org"})
    void aWebsiteWithAnotherSchemeIsStillRefused(String typed) {
        String thread = Comments.newThread();

        browser().formParams(with(wordPressForm(thread), "url", typed))
                .when().post(COMMENTS)
                .then().statusCode(400);

        assertEquals(0, BrowserForms.storedIn(thread).size());
    }

    @Test
    void aNameOfWordPressesLongestIsStoredWhole() {
        String thread = Comments.newThread();
        String name = "Amélie ".repeat(28) + "🎻".repeat(49); // 294 UTF-16 units: more than H2 counted before
        assertEquals(245, name.codePointCount(0, name.length()));

        String id = Submissions.submit(Submissions.json(), Map.of("thread", thread, "name", name,
                "email", Submissions.newEmail(), "body", "Long names are names too."));

        assertEquals(name, Comments.find(id).name);
    }

    @Test
    void aNameLongerThanWordPressAllowsIsRefused() {
        Submissions.post(Map.of("thread", Comments.newThread(), "name", "n".repeat(246),
                        "email", Submissions.newEmail(), "body", "Too long a name."))
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
    }
}
