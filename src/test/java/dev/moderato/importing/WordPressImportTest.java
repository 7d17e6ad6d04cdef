package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.importing.Exports.Post;
import dev.moderato.importing.Exports.WpComment;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A WordPress export (WXR) in: every status, replies, dates, HTML bodies, and the same file twice. */
@QuarkusTest
class WordPressImportTest {

    private static final String HTML = "<p>Fish &amp; chips, caf&eacute; &#8211; &laquo;bon&raquo;</p>\n"
            + "<p>See <a href=\"https://example.org/report\" rel=\"nofollow\">the report</a><br />and"
            + " <a href=\"https://example.org/b\">https://example.org/b</a>.</p>";

    @Test
    void importsEveryStatusWithItsDateAuthorAndPlainTextBody() {
        long approved = Exports.freshId();
        long pending = Exports.freshId();
        long spam = Exports.freshId();
        long trash = Exports.freshId();
        Post post = Post.of("https://news.example.com/2016/06/budget/",
                WpComment.of(approved, "1", HTML),
                WpComment.of(pending, "0", "Line one\nLine two\n\nA second paragraph").at("2016-06-15 10:00:01"),
                WpComment.of(spam, "spam", "Cheap pills"),
                WpComment.of(trash, "trash", "Off topic"));

        Exports.post(Exports.wxr("1.2", post), null)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("format", equalTo("wordpress"))
                .body("threads", equalTo(1))
                .body("imported", equalTo(4))
                .body("skipped", equalTo(0))
                .body("alreadyPresent", equalTo(0))
                .body("errors", empty());

        Comment first = Exports.wordPress(approved);
        assertEquals(Long.toString(post.id()), first.thread, "threads are keyed by post id by default");
        assertEquals(CommentStatus.APPROVED, first.status);
        assertEquals("Ada", first.name);
        assertEquals("ada@example.org", first.email);
        assertEquals("https://ada.example.org", first.website);
        assertEquals("192.0.2.1", first.ip);
        assertEquals(Instant.parse("2016-06-14T09:30:00Z"), first.createdAt, "comment_date_gmt, at UTC");
        assertEquals("Fish & chips, café – «bon»\n\nSee the report (https://example.org/report)\nand https://example.org/b.",
                first.body);
        Comment second = Exports.wordPress(pending);
        assertEquals(CommentStatus.PENDING, second.status);
        assertEquals("Line one\nLine two\n\nA second paragraph", second.body);
        assertEquals(Instant.parse("2016-06-15T10:00:01Z"), second.createdAt);
        assertEquals(CommentStatus.SPAM, Exports.wordPress(spam).status);
        assertEquals(CommentStatus.REJECTED, Exports.wordPress(trash).status, "WordPress's trash is rejected");
    }

    @Test
    void approvedCommentsArePublicAtOnceWithOneHistoryEntryByTheAdministrator() {
        long id = Exports.freshId();
        Post post = Post.of("https://news.example.com/2016/06/public/", WpComment.of(id, "1", "Published long ago."));

        Exports.post(Exports.wxr("1.2", post), null).then().statusCode(200).body("imported", equalTo(1));

        given().queryParam("thread", Long.toString(post.id())).when().get("/api/v1/comments")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].body", equalTo("Published long ago."))
                .body("items[0].createdAt", equalTo("2016-06-14T09:30:00Z"));
        Moderators.asAdmin().when().get("/api/v1/moderation/comments/{id}/history", Exports.wordPress(id).id)
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].actor", equalTo(Moderators.ADMIN))
                .body("[0].action", equalTo("import"))
                .body("[0].fromStatus", equalTo(null))
                .body("[0].toStatus", equalTo("approved"))
                .body("[0].reason", equalTo("wordpress " + id));
    }

    @Test
    void repliesAreLinkedAndAMissingParentLeavesATopLevelCommentAndAReportEntry() {
        long parent = Exports.freshId();
        long reply = Exports.freshId();
        long orphan = Exports.freshId();
        long missing = Exports.freshId();
        // The reply comes before its parent: WordPress orders by id, which is not always the order of the thread.
        Post post = Post.of("https://news.example.com/2016/06/replies/",
                WpComment.of(reply, "1", "I agree.").replyTo(parent),
                WpComment.of(parent, "1", "First."),
                WpComment.of(orphan, "1", "Answering a deleted comment.").replyTo(missing));

        Exports.post(Exports.wxr("1.2", post), null)
                .then().statusCode(200)
                .body("imported", equalTo(3))
                .body("errors.comment", contains(Long.toString(orphan)))
                .body("errors[0].message", containsString(Long.toString(missing)));

        assertEquals(Exports.wordPress(parent).id, Exports.wordPress(reply).parentId);
        assertNull(Exports.wordPress(orphan).parentId);
        assertEquals(Exports.wordPress(reply).id, Database.comments()
                .findIdByWordPressId(Long.toString(post.id()), reply).orElseThrow(), "found in its thread");
        assertEquals(List.of(), Database.comments().findIdByWordPressId("another-thread", reply).stream().toList(),
                "not found in another thread");
    }

    @Test
    void pingbacksAreSkippedAndCounted() {
        long comment = Exports.freshId();
        long pingback = Exports.freshId();
        long trackback = Exports.freshId();
        Post post = Post.of("https://news.example.com/2016/06/pings/",
                WpComment.of(comment, "1", "A person."),
                WpComment.of(pingback, "1", "[…] a blog linked here […]").ofType("pingback"),
                WpComment.of(trackback, "1", "Tracked").ofType("trackback"));

        Exports.post(Exports.wxr("1.2", post), null)
                .then().statusCode(200).body("imported", equalTo(1)).body("skipped", equalTo(2));

        assertNull(Exports.wordPress(pingback));
        assertNull(Exports.wordPress(trackback));
    }

    @Test
    void oldCommentsKeepTheirPlaceWithoutAnEmailAndAnOverlongBodyIsReportedNotCut() {
        long noEmail = Exports.freshId();
        long badEmail = Exports.freshId();
        long noName = Exports.freshId();
        long overlong = Exports.freshId();
        Post post = Post.of("https://news.example.com/2009/01/old/",
                WpComment.of(noEmail, "1", "From 2009.").by("Old timer", ""),
                WpComment.of(badEmail, "1", "Typed badly.").by("Bob", "bob at example dot org"),
                WpComment.of(noName, "1", "Nameless.").by("  ", "anon@example.org"),
                WpComment.of(overlong, "1", "x".repeat(10_001)));
        long before = Comments.count();

        Exports.post(Exports.wxr("1.2", post), null)
                .then().statusCode(200)
                .body("imported", equalTo(3))
                .body("errors.comment", contains(Long.toString(overlong)))
                .body("errors[0].message", containsString("body"));

        assertEquals(before + 3, Comments.count());
        assertEquals("", Exports.wordPress(noEmail).email);
        assertEquals("Old timer", Exports.wordPress(noEmail).name);
        assertEquals("", Exports.wordPress(badEmail).email);
        assertEquals("Anonymous", Exports.wordPress(noName).name);
        assertNull(Exports.wordPress(overlong), "not stored, and not cut either");
    }

    @Test
    void importingTheSameExportAgainAddsNothingAndALaterExportAddsOnlyItsNewComments() {
        long first = Exports.freshId();
        long later = Exports.freshId();
        Post post = Post.of("https://news.example.com/2016/06/twice/", WpComment.of(first, "1", "Early."));
        Exports.post(Exports.wxr("1.2", post), null).then().statusCode(200).body("imported", equalTo(1));
        long after = Comments.count();

        Exports.post(Exports.wxr("1.2", post), null)
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("alreadyPresent", equalTo(1))
                .body("threads", equalTo(1))
                .body("errors", empty());
        assertEquals(after, Comments.count());

        Post grown = new Post(post.id(), post.link(), List.of(WpComment.of(first, "1", "Early."),
                WpComment.of(later, "1", "Late.").replyTo(first)));
        Exports.post(Exports.wxr("1.2", grown), null)
                .then().statusCode(200).body("imported", equalTo(1)).body("alreadyPresent", equalTo(1));
        assertEquals(after + 1, Comments.count());
        assertEquals(Exports.wordPress(first).id, Exports.wordPress(later).parentId, "a reply to an earlier import");
    }

    @Test
    void aWxr10ExportKeyedByPathOrUrl() {
        long byPath = Exports.freshId();
        long byUrl = Exports.freshId();
        String link = "https://news.example.com/2010/03/" + byPath + "/";

        Exports.post(Exports.wxr("1.0", Post.of(link, WpComment.of(byPath, "1", "Old format."))), "path")
                .then().statusCode(200).body("imported", equalTo(1));
        Exports.post(Exports.wxr("1.1", Post.of(link, WpComment.of(byUrl, "1", "Whole link."))), "url")
                .then().statusCode(200).body("imported", equalTo(1));

        assertEquals("/2010/03/" + byPath + "/", Exports.wordPress(byPath).thread);
        assertEquals(link, Exports.wordPress(byUrl).thread);
    }

    @Test
    void anUnknownThreadKeyIsRefused() {
        long before = Comments.count();
        Exports.post(Exports.wxr("1.2", Post.of("https://news.example.com/x/", WpComment.of(Exports.freshId(), "1", "x"))), "slug")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("threads must be id, path or url."));
        assertEquals(before, Comments.count());
    }

    @Test
    void noScreeningAppliesToAnImport() {
        long id = Exports.freshId();
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of("casino")))
                .when().put("/api/v1/admin/word-lists/disallowed").then().statusCode(200);
        try {
            Post post = Post.of("https://news.example.com/2016/06/words/",
                    WpComment.of(id, "1", "A casino opened, https://a.example https://b.example https://c.example"));
            Exports.post(Exports.wxr("1.2", post), null).then().statusCode(200).body("imported", equalTo(1));
            assertEquals(CommentStatus.APPROVED, Exports.wordPress(id).status);
            assertEquals(List.of(), Exports.wordPress(id).reasons);
        } finally {
            Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of()))
                    .when().put("/api/v1/admin/word-lists/disallowed").then().statusCode(200);
        }
    }
}
