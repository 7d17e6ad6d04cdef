package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.importing.Exports.DisqusPost;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A Disqus export in: threads by link path or identifier, spam, deleted posts, replies, emails kept. */
@QuarkusTest
class DisqusImportTest {

    @Test
    void importsPostsByTheirThreadsPathWithSpamRepliesAndEmails() {
        long thread = Exports.freshId();
        long first = Exports.freshId();
        long reply = Exports.freshId();
        long spam = Exports.freshId();
        long deleted = Exports.freshId();
        String link = "https://news.example.com/2013/02/" + thread + "/?utm_source=feed";
        String document = Exports.disqus(thread, link, "",
                new DisqusPost(reply, thread, first, "<p>Quite right.</p>", "bea@example.org", "Bea", false, false),
                new DisqusPost(first, thread, null, "<p>Hello &amp; welcome</p><p>Second<br>line</p>",
                        "ada@example.org", "Ada", false, false),
                new DisqusPost(spam, thread, null, "Buy now", "bot@example.net", "Bot", true, false),
                new DisqusPost(deleted, thread, null, "Removed", "eve@example.org", "Eve", false, true));
        long before = Comments.count();

        Exports.post(document, null)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("format", equalTo("disqus"))
                .body("threads", equalTo(1))
                .body("imported", equalTo(3))
                .body("skipped", equalTo(1))
                .body("alreadyPresent", equalTo(0))
                .body("errors", empty());

        assertEquals(before + 3, Comments.count());
        Comment top = Exports.disqus(first);
        assertEquals("/2013/02/" + thread + "/", top.thread, "the link's path, without its query");
        assertEquals(CommentStatus.APPROVED, top.status);
        assertEquals("Ada", top.name);
        assertEquals("ada@example.org", top.email);
        assertEquals("198.51.100.7", top.ip);
        assertEquals("Hello & welcome\n\nSecond\nline", top.body);
        assertEquals(Instant.parse("2013-02-01T08:15:00Z"), top.createdAt);
        assertEquals(top.id, Exports.disqus(reply).parentId);
        assertEquals("bea@example.org", Exports.disqus(reply).email);
        assertEquals(CommentStatus.SPAM, Exports.disqus(spam).status, "isSpam is not ignored");
        assertNull(Exports.disqus(deleted));
    }

    @Test
    void threadsKeyedByTheirIdentifierWhenAskedAndTheSameExportTwiceAddsNothing() {
        long thread = Exports.freshId();
        long post = Exports.freshId();
        long orphan = Exports.freshId();
        String document = Exports.disqus(thread, "https://news.example.com/p/" + thread, "article-" + thread,
                new DisqusPost(post, thread, null, "First", "ada@example.org", "Ada", false, false),
                new DisqusPost(orphan, thread, 42L, "Answer to a lost post", "ada@example.org", "Ada", false, false));

        Exports.post(document, "id").then().statusCode(200)
                .body("imported", equalTo(2))
                .body("errors.comment", contains(Long.toString(orphan)));
        long after = Comments.count();
        Exports.post(document, "id").then().statusCode(200)
                .body("imported", equalTo(0))
                .body("alreadyPresent", equalTo(2));

        assertEquals(after, Comments.count());
        assertEquals("article-" + thread, Exports.disqus(post).thread);
        assertNull(Exports.disqus(orphan).parentId);
    }

    @Test
    void aPostOfAnUnknownThreadIsReported() {
        long post = Exports.freshId();
        String document = Exports.disqus(Exports.freshId(), "https://news.example.com/known", "",
                new DisqusPost(post, Exports.freshId(), null, "Where am I?", "ada@example.org", "Ada", false, false));

        Exports.post(document, null).then().statusCode(200)
                .body("imported", equalTo(0))
                .body("errors.comment", contains(Long.toString(post)));
        assertNull(Exports.disqus(post));
    }
}
