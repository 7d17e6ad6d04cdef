package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import dev.moderato.support.Threads;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.onlyCommentIn;
import static dev.moderato.submission.BrowserForms.page;
import static dev.moderato.submission.BrowserForms.with;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The test profile allows https://news.example.com and http://localhost:3000. */
@QuarkusTest
class FormRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://news.example.com/2026/article#comments",
            "http://localhost:3000/x",
            "https://news.example.com:443/2026/article?replied=1",
    })
    void formPostRedirectsToAnAllowedOriginWithSeeOther(String redirectTo) {
        String thread = Comments.newThread();
        long before = Comments.count();

        String location = browser().formParams(with(wordPressForm(thread), "redirect_to", redirectTo))
                .when().post(COMMENTS)
                .then().statusCode(303)
                .extract().header("Location");

        Comment stored = onlyCommentIn(thread);
        assertEquals(CommentStatus.PENDING, stored.status);
        String page = redirectTo.contains("#") ? redirectTo.substring(0, redirectTo.indexOf('#')) : redirectTo;
        assertEquals(page + "#moderato=pending," + stored.id, location, "back to the article, marked for the widget");
        assertEquals(before + 1, Comments.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/",
            "//evil.example/x",
            "javascript:alert(1)",
            "https://news.example.com.evil.example/",
            "https://news.example.com:8443/",
            "http://news.example.com/2026/article",
            "https://news.example.com@evil.example/",
            "/2026/article",
            "not a url",
    })
    void formPostToADisallowedRedirectGetsTheConfirmationPageInstead(String redirectTo) {
        String thread = Comments.newThread();
        long before = Comments.count();

        String html = browser().formParams(with(wordPressForm(thread), "redirect_to", redirectTo))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Location", nullValue())
                .extract().asString();

        assertEquals("Thank you — your comment is awaiting moderation", page(html).selectFirst("h1").text());
        assertNull(page(html).selectFirst(".back a"), "no link to a page that is not the site's");
        assertEquals(CommentStatus.PENDING, onlyCommentIn(thread).status);
        assertEquals(before + 1, Comments.count());
    }

    @Test
    void aPublishedCommentIsMarkedApprovedOnTheWayBack() {
        String thread = Comments.newThread();
        Threads.setThread(thread, true, "post");

        String location = browser().formParams(with(wordPressForm(thread), "redirect_to", "https://news.example.com/a"))
                .when().post(COMMENTS)
                .then().statusCode(303)
                .extract().header("Location");

        assertEquals("https://news.example.com/a#moderato=approved," + onlyCommentIn(thread).id, location);
    }

    @Test
    void withoutRedirectTheConfirmationLinksBackToAnAllowedReferer() {
        String thread = Comments.newThread();

        String html = browser().header("Referer", "https://news.example.com/2026/article")
                .header("Accept-Language", "fr")
                .formParams(wordPressForm(thread))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .extract().asString();

        Element back = page(html).selectFirst(".back a");
        assertEquals("https://news.example.com/2026/article", back.attr("href"));
        assertEquals("Retour à l'article", back.text());
        assertEquals("/assets/page.css", page(html).selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void anInvalidPostLinksBackToItsRedirectRatherThanTheReferer() {
        String thread = Comments.newThread();

        String html = browser().header("Referer", "https://news.example.com/elsewhere")
                .formParams(with(with(wordPressForm(thread), "email", "not an address"),
                        "redirect_to", "https://news.example.com/2026/article"))
                .when().post(COMMENTS)
                .then().statusCode(400)
                .extract().asString();

        assertEquals("https://news.example.com/2026/article", page(html).selectFirst(".back a").attr("href"));
        assertEquals("Back to the article", page(html).selectFirst(".back a").text());
        assertEquals(0, BrowserForms.storedIn(thread).size());
    }

    @Test
    void aRefererOfAnotherSiteGetsNoLinkBack() {
        String html = browser().header("Referer", "https://evil.example/phish")
                .formParams(wordPressForm(Comments.newThread()))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .extract().asString();

        assertNull(page(html).selectFirst(".back a"));
    }
}
