package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.onlyCommentIn;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without moderato.trusted-proxies, nobody's X-Forwarded-For is believed. */
@QuarkusTest
class ClientAddressTest {

    static final String TEST_CLIENT = "127.0.0.1";

    @Test
    void forwardedForIsIgnoredWhenNoProxyIsTrusted() {
        String id = submitJson(Comments.valid(Comments.newThread()), "X-Forwarded-For", "203.0.113.9");

        assertEquals(TEST_CLIENT, Comments.find(id).ip);
    }

    @Test
    void userAgentIsStored() {
        String agent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

        String id = submitJson(Comments.valid(Comments.newThread()), "User-Agent", agent);

        Comment stored = Comments.find(id);
        assertEquals(agent, stored.userAgent);
        assertEquals(TEST_CLIENT, stored.ip);
    }

    @Test
    void userAgentIsTruncatedAt512Characters() {
        String agent = "Mozilla/5.0 " + "a".repeat(500) + "TAIL-BEYOND-512" + "b".repeat(100);

        String id = submitJson(Comments.valid(Comments.newThread()), "User-Agent", agent);

        assertEquals(agent.substring(0, 512), Comments.find(id).userAgent);
    }

    @Test
    void formPostStoresClientAddressAndUserAgentToo() {
        String thread = Comments.newThread();

        browser().header("User-Agent", "FormBrowser/1.0").header("X-Forwarded-For", "203.0.113.9")
                .formParams(wordPressForm(thread))
                .when().post(COMMENTS)
                .then().statusCode(200);

        Comment stored = onlyCommentIn(thread);
        assertEquals(TEST_CLIENT, stored.ip);
        assertEquals("FormBrowser/1.0", stored.userAgent);
    }

    static String submitJson(Map<String, Object> comment, String header, String value) {
        return given().contentType(ContentType.JSON).header(header, value).body(comment)
                .when().post(COMMENTS)
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .extract().path("id");
    }
}
