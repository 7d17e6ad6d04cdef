package dev.moderato.importing;

import dev.moderato.importing.Exports.Post;
import dev.moderato.importing.Exports.WpComment;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exports that cannot be read whole are refused whole: a clear 4xx, and nothing of them stored. */
@QuarkusTest
class RefusedExportTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aTruncatedExportStoresNothingEvenOfTheCommentsBeforeTheCut() {
        long id = Exports.freshId();
        String whole = Exports.wxr("1.2", Post.of("https://news.example.com/a/", WpComment.of(id, "1", "Complete")),
                Post.of("https://news.example.com/b/", WpComment.of(Exports.freshId(), "1", "Cut")));
        long before = Comments.count();

        Exports.post(whole.substring(0, whole.lastIndexOf("Cut")), null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("nothing was imported"));

        assertEquals(before, Comments.count());
        assertEquals(0L, Database.sql().number("select count(*) from comment_source where source_id = ?", Long.toString(id)));
    }

    @Test
    void anExternalEntityIsRefusedAndNotRead() throws Exception {
        Path secret = Files.createTempFile("moderato-secret", ".txt");
        Files.writeString(secret, "top secret");
        String document = Exports.wxr("1.2", Post.of("https://news.example.com/e/",
                        WpComment.of(Exports.freshId(), "1", "]]>&secret;<![CDATA[")))
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>");
        long before = Comments.count();

        Exports.post(document, null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("document type"))
                .body(not(containsString("top secret")));

        assertEquals(before, Comments.count());
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
                + "<disqus xmlns=\"http://disqus.com\"><post><message>&lol2;</message></post></disqus>";
        long before = Comments.count();

        Exports.post(laughs, null).then().statusCode(400).contentType(PROBLEM);

        assertEquals(before, Comments.count());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        String document = Exports.wxr("1.2", Post.of("https://news.example.com/u/",
                WpComment.of(Exports.freshId(), "1", "]]>&undeclared;<![CDATA[")));

        Exports.post(document, null).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not well-formed XML"));
    }

    @Test
    void aDocumentOfAnotherKindIsRefused() {
        Exports.post("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A feed</title></channel></rss>", null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("neither a WordPress export"));
    }

    @Test
    void notXmlAtAllIsRefused() {
        Exports.post("{\"comments\": []}", null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400));
    }
}
