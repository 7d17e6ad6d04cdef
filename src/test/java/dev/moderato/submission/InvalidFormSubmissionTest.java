package dev.moderato.submission;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.moderatoForm;
import static dev.moderato.submission.BrowserForms.page;
import static dev.moderato.submission.BrowserForms.storedIn;
import static dev.moderato.submission.BrowserForms.with;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InvalidFormSubmissionTest {

    private static final String TITLE_EN = "Your comment could not be posted";
    private static final String TITLE_FR = "Votre commentaire n'a pas pu être publié";

    @Test
    void wordPressFormWithoutAuthorIsRefusedUnderTheAuthorName() {
        String thread = Comments.newThread();

        assertRefused(with(wordPressForm(thread), "author", "  "), thread,
                Map.of("author", "Please enter your name."));
    }

    @Test
    void wordPressFormWithInvalidEmailIsRefused() {
        String thread = Comments.newThread();

        assertRefused(with(wordPressForm(thread), "email", "grace.example.org"), thread,
                Map.of("email", "Please enter a valid email address."));
    }

    @Test
    void wordPressFormWithJavascriptUrlIsRefusedUnderTheUrlName() {
        String thread = Comments.newThread();

        assertRefused(with(wordPressForm(thread), "url", "javascript:alert(1)"), thread,
                Map.of("url", "Your website must be an http or https address."));
    }

    @Test
    void wordPressFormWithEmptyCommentIsRefusedUnderTheCommentName() {
        String thread = Comments.newThread();

        assertRefused(with(wordPressForm(thread), "comment", " \r\n "), thread,
                Map.of("comment", "Please write a comment."));
    }

    @Test
    void wordPressFormWithoutPostIdIsRefusedUnderTheCommentPostIdName() {
        assertRefused(with(wordPressForm(Comments.newThread()), "comment_post_ID", ""), "",
                Map.of("comment_post_ID", "The thread (the article the comment belongs to) is required."));
    }

    @Test
    void wordPressFormWithCommentOverTenThousandCharactersIsRefused() {
        String thread = Comments.newThread();

        assertRefused(with(wordPressForm(thread), "comment", "x".repeat(10_001)), thread,
                Map.of("comment", "Your comment must be at most 10000 characters."));
    }

    @Test
    void commentOfExactlyTenThousandCharactersIsAccepted() {
        String thread = Comments.newThread();

        browser().formParams(with(wordPressForm(thread), "comment", "x".repeat(10_000)))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"));

        assertEquals(10_000, BrowserForms.onlyCommentIn(thread).body.length());
    }

    @Test
    void wordPressFormWithReplyToUnknownCommentIsRefusedUnderTheCommentParentName() {
        String thread = Comments.newThread();

        assertRefused(with(wordPressForm(thread), "comment_parent", "0190f1a2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"), thread,
                Map.of("comment_parent", "The comment you are replying to does not exist or is not published in this thread."));
    }

    @Test
    void moderatoFormListsEveryErrorUnderModeratoNames() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("thread", "");
        form.put("name", "");
        form.put("email", "nobody");
        form.put("website", "ftp://files.example.org");
        form.put("body", "");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("body", "Please write a comment.");
        expected.put("email", "Please enter a valid email address.");
        expected.put("name", "Please enter your name.");
        expected.put("thread", "The thread (the article the comment belongs to) is required.");
        expected.put("website", "Your website must be an http or https address.");

        assertRefused(form, "", expected);
    }

    @Test
    void errorsAreListedInFrenchWhenTheReaderPrefersFrench() {
        String thread = Comments.newThread();
        Map<String, String> form = with(with(with(wordPressForm(thread),
                "author", ""), "url", "javascript:alert(1)"), "comment", "x".repeat(10_001));
        long before = Comments.count();

        String html = browser().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8").formParams(form)
                .when().post(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .extract().asString();

        Document page = page(html);
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals(TITLE_FR, page.selectFirst("h1").text());
        assertEquals("Veuillez revenir en arrière, corriger les points suivants et l'envoyer de nouveau :",
                page.selectFirst("main p").text());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("author", "Veuillez indiquer votre nom.");
        expected.put("comment", "Votre commentaire ne doit pas dépasser 10000 caractères.");
        expected.put("url", "Votre site doit être une adresse http ou https.");
        assertEquals(expected, errorsOn(page));
        assertTrue(storedIn(thread).isEmpty());
        assertEquals(before, Comments.count());
    }

    @Test
    void submittedValuesNeverReachTheErrorPageUnescaped() {
        String thread = Comments.newThread();
        Map<String, String> form = with(with(with(moderatoForm(thread),
                "name", "<script>alert(1)</script>"), "email", "<b>bold</b>@x"), "body", "<img src=x onerror=alert(2)>");

        browser().formParams(form)
                .when().post(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("Please enter a valid email address."),
                        not(containsString("<script")), not(containsString("<img")), not(containsString("<b>")));

        assertTrue(storedIn(thread).isEmpty());
    }

    /** Posts the form in English and checks the page lists exactly the expected errors and nothing was stored. */
    private static void assertRefused(Map<String, String> form, String thread, Map<String, String> expectedErrors) {
        long before = Comments.count();

        String html = browser().formParams(form)
                .when().post(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .header("Location", nullValue())
                .extract().asString();

        Document page = page(html);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(TITLE_EN, page.selectFirst("h1").text());
        assertEquals(expectedErrors, errorsOn(page));
        assertTrue(storedIn(thread).isEmpty(), "nothing stored in " + thread);
        assertEquals(before, Comments.count());
    }

    private static Map<String, String> errorsOn(Document page) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Element item : page.select("main ul li")) {
            String previous = errors.put(item.attr("data-field"), item.text());
            assertNull(previous, "field listed twice: " + item.attr("data-field"));
        }
        return errors;
    }
}
