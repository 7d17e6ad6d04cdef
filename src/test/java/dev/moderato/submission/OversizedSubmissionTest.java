package dev.moderato.submission;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.page;
import static dev.moderato.submission.BrowserForms.storedIn;
import static dev.moderato.submission.BrowserForms.with;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** moderato.http.max-body-size is 64K; bodies over it are refused before they are read. */
@QuarkusTest
class OversizedSubmissionTest {

    private static final String OVER_64_KIB = "x".repeat(64 * 1024 + 1);

    @Test
    void formPostOver64KiBGetsAReadableTooLargePage() {
        String thread = Comments.newThread();
        long before = Comments.count();

        String html = browser().formParams(with(wordPressForm(thread), "comment", OVER_64_KIB))
                .when().post(COMMENTS)
                .then().statusCode(413)
                .contentType(startsWith("text/html"))
                .extract().asString();

        Document page = page(html);
        assertEquals("Your comment is too long to be sent", page.selectFirst("h1").text());
        assertEquals("Votre commentaire est trop long pour être envoyé", page.selectFirst("h1[lang=fr]").text());
        assertTrue(storedIn(thread).isEmpty());
        assertEquals(before, Comments.count());
    }

    @Test
    void jsonSubmissionOver64KiBGetsAProblem() {
        String thread = Comments.newThread();
        long before = Comments.count();
        Map<String, Object> comment = Comments.with(Comments.valid(thread), "body", OVER_64_KIB);

        given().contentType(ContentType.JSON).body(comment)
                .when().post(COMMENTS)
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("title", equalTo("Request Entity Too Large"))
                .body("detail", containsString("64 KiB"));

        assertTrue(storedIn(thread).isEmpty());
        assertEquals(before, Comments.count());
    }
}
