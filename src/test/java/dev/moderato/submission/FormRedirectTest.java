package dev.moderato.submission;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.onlyCommentIn;
import static dev.moderato.submission.BrowserForms.page;
import static dev.moderato.submission.BrowserForms.with;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

        browser().formParams(with(wordPressForm(thread), "redirect_to", redirectTo))
                .when().post(COMMENTS)
                .then().statusCode(303)
                .header("Location", equalTo(redirectTo));

        assertEquals(CommentStatus.PENDING, onlyCommentIn(thread).status);
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
        assertEquals(CommentStatus.PENDING, onlyCommentIn(thread).status);
        assertEquals(before + 1, Comments.count());
    }
}
