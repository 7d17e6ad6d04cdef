package dev.moderato.submission;

import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every page a form post gets back refuses sniffing, framing, scripts and referrers. */
@QuarkusTest
class PageHeadersTest {

    @Test
    void theReceivedPageCarriesTheSecurityHeaders() {
        hardened(post(Map.of("comment_post_ID", Comments.newThread(), "author", "Ada", "email", "ada@example.org",
                "comment", "Fine.")).statusCode(200));
    }

    @Test
    void theInvalidFormPageCarriesTheSecurityHeaders() {
        hardened(post(Map.of("comment_post_ID", Comments.newThread(), "author", "Ada", "email", "nope",
                "comment", "Fine.")).statusCode(400));
    }

    @Test
    void theJsonApiRefusesSniffingToo() {
        given().queryParam("thread", Comments.newThread()).when().get("/api/v1/comments")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    private static ValidatableResponse post(Map<String, String> form) {
        return Browser.formPost().formParams(form).when().post("/api/v1/comments").then();
    }

    private static void hardened(ValidatableResponse page) {
        page.contentType(ContentType.HTML)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }
}
