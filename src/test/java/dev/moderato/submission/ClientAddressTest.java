package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.onlyCommentIn;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static dev.moderato.support.Submissions.from;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Submissions.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without moderato.trusted-proxies, nobody's X-Forwarded-For is believed. */
@QuarkusTest
class ClientAddressTest {

    static final String TEST_CLIENT = "127.0.0.1";

    @Test
    void forwardedForIsIgnoredWhenNoProxyIsTrusted() {
        String id = submit(from("203.0.113.9"), Comments.valid(Comments.newThread()));

        assertEquals(TEST_CLIENT, Comments.find(id).ip);
    }

    @Test
    void userAgentIsStored() {
        String agent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

        String id = submit(json().header("User-Agent", agent), Comments.valid(Comments.newThread()));

        Comment stored = Comments.find(id);
        assertEquals(agent, stored.userAgent);
        assertEquals(TEST_CLIENT, stored.ip);
    }

    @Test
    void userAgentIsTruncatedAt512Characters() {
        String agent = "Mozilla/5.0 " + "a".repeat(500) + "TAIL-BEYOND-512" + "b".repeat(100);

        String id = submit(json().header("User-Agent", agent), Comments.valid(Comments.newThread()));

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
}
