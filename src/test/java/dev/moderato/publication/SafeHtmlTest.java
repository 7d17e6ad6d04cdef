package dev.moderato.publication;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.moderato.publication.SafeHtml.assertNothingExecutable;
import static dev.moderato.publication.SafeHtml.displayedText;
import static dev.moderato.support.Comments.submitApproved;
import static dev.moderato.support.Comments.valid;
import static dev.moderato.support.Comments.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the public list serves as {@code html} is safe to put in a page as it is. */
@QuarkusTest
class SafeHtmlTest {

    private static final String COMMENTS = "/api/v1/comments";

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "\" onmouseover=\"alert(1)",
            "Nice post https://example.com/\"onmouseover=\"alert(1) indeed",
            "</p><script>alert(1)</script><p>"})
    void markupInTheBodyIsServedEscapedAndTheBodyAsSubmitted(String payload) {
        String thread = Comments.newThread();
        submitApproved(with(valid(thread), "body", payload));

        String html = given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items", hasSize(1))
                .body("items[0].body", equalTo(payload))
                .extract().path("items[0].html");

        assertNothingExecutable(html);
        assertThat(displayedText(html), equalTo(payload));
    }

    @Test
    void scriptTagIsShownAsEscapedText() {
        String thread = Comments.newThread();
        submitApproved(with(valid(thread), "body", "<script>alert(1)</script>"));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items[0].html", equalTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    @Test
    void nameWithMarkupIsReturnedAsPlainDataAndKeptOutOfTheHtml() {
        String thread = Comments.newThread();
        String name = "<script>alert('name')</script>";
        submitApproved(with(with(valid(thread), "name", name), "body", "Hello."));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items[0].name", equalTo(name))
                .body("items[0].html", equalTo("<p>Hello.</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "ftp://example.com/",
            "https://x.example/\"><script>alert(1)</script>",
            "https://x.example\"onmouseover=\"alert(1)",
            "https://x.example/ onmouseover=alert(1)"})
    void websiteThatIsNotAPlainWebAddressIsRejected(String website) {
        long before = Comments.count();

        given().contentType(ContentType.JSON)
                .body(with(valid(Comments.newThread()), "website", website))
                .when().post(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("website"))
                .body("violations[0].message", equalTo("Your website must be an http or https address."));

        assertEquals(before, Comments.count());
    }

    @Test
    void blankLineStartsAParagraphAndNewlineBreaksTheLine() {
        String thread = Comments.newThread();
        submitApproved(with(valid(thread), "body", "First paragraph.\r\n\r\nSecond, line one\r\nline two"));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items[0].body", equalTo("First paragraph.\n\nSecond, line one\nline two"))
                .body("items[0].html", equalTo("<p>First paragraph.</p><p>Second, line one<br>line two</p>"));
    }

    @Test
    void bareUrlsBecomeNofollowLinksWithPunctuationOutside() {
        String thread = Comments.newThread();
        submitApproved(with(valid(thread), "body", "See https://example.com/docs?a=1&b=2, or (http://example.org)."));

        String html = given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items[0].html", equalTo("<p>See "
                        + "<a href=\"https://example.com/docs?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">"
                        + "https://example.com/docs?a=1&amp;b=2</a>, or ("
                        + "<a href=\"http://example.org\" rel=\"nofollow ugc noopener\">http://example.org</a>).</p>"))
                .extract().path("items[0].html");

        assertNothingExecutable(html);
        assertThat(html, not(containsString("javascript:")));
    }
}
