package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.importing.Exports.DisqusPost;
import dev.moderato.importing.Exports.Post;
import dev.moderato.importing.Exports.WpComment;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export in the other direction: WXR that WordPress imports, and that Moderato imports back unchanged. */
@QuarkusTest
@TestProfile(SmallImportLimitProfile.class)
class ExportRoundTripTest {

    /** What a comment is, without the ids the server chose: its parent by what the parent is. */
    record Seen(String thread, String parent, String name, String email, String website, String body, String status,
                String ip, String createdAt) {
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesTheSameComments() {
        long parent = Exports.freshId();
        Exports.post(Exports.wxr("1.2",
                Post.of("https://news.example.com/round/", WpComment.of(parent, "1", "<p>Top &amp; <b>bold</b></p>"),
                        WpComment.of(Exports.freshId(), "1", "Typed a &lt; b &amp; \"quotes\" ]]&gt; here").replyTo(parent),
                        WpComment.of(Exports.freshId(), "0", "Pending\n\ntwo paragraphs").by("Zoë", ""),
                        WpComment.of(Exports.freshId(), "spam", "Spam"),
                        WpComment.of(Exports.freshId(), "trash", "Rejected"))), null)
                .then().statusCode(200).body("imported", equalTo(5));
        long thread = Exports.freshId();
        Exports.post(Exports.disqus(thread, "https://news.example.com/d/" + thread, "",
                new DisqusPost(Exports.freshId(), thread, null, "From Disqus", "d@example.org", "Dee", false, false)), null)
                .then().statusCode(200).body("imported", equalTo(1));
        Comments.submit(Comments.valid("native/thread"));
        List<Seen> before = everyComment();

        String export = Moderators.asAdmin().when().get("/api/v1/admin/export")
                .then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        emptyTheDatabase();
        Moderators.asAdmin().contentType("application/xml; charset=UTF-8").body(export).when().post(Exports.IMPORTS)
                .then().statusCode(200)
                .body("format", equalTo("wordpress"))
                .body("imported", equalTo(before.size()))
                .body("threads", equalTo(3));

        assertEquals(before, everyComment());
    }

    @Test
    void theExportIsAWordPressExtendedRssFile() {
        long id = Exports.freshId();
        Exports.post(Exports.wxr("1.2", Post.of("https://news.example.com/wxr/", WpComment.of(id, "trash", "Gone"))), null)
                .then().statusCode(200);

        XmlPath wxr = XmlPath.from(Moderators.asAdmin().when().get("/api/v1/admin/export").then().statusCode(200)
                .extract().asString());

        assertEquals("1.2", wxr.getString("rss.channel.wxr_version"));
        String thread = Exports.wordPress(id).thread;
        String item = "rss.channel.item.find { it.postmeta.meta_value == '" + thread + "' }";
        assertEquals("post", wxr.getString(item + ".post_type"));
        assertEquals("trash", wxr.getString(item + ".comment.comment_approved"));
        assertEquals("Gone", wxr.getString(item + ".comment.comment_content"));
        assertEquals("2016-06-14 09:30:00", wxr.getString(item + ".comment.comment_date_gmt"));
    }

    private static List<Seen> everyComment() {
        List<Comment> all = Database.sql().list("select id from comment", row -> row.getObject(1, UUID.class)).stream()
                .map(id -> Database.comments().find(id).orElseThrow()).toList();
        Map<UUID, Comment> byId = all.stream().collect(Collectors.toMap(comment -> comment.id, Function.identity()));
        return all.stream()
                .map(comment -> new Seen(comment.thread,
                        comment.parentId == null ? null : byId.get(comment.parentId).body,
                        comment.name, comment.email, comment.website, comment.body, comment.status.name(), comment.ip,
                        comment.createdAt.truncatedTo(ChronoUnit.SECONDS).toString()))
                .sorted((a, b) -> (a.thread() + a.body()).compareTo(b.thread() + b.body()))
                .toList();
    }

    private static void emptyTheDatabase() {
        for (String table : List.of("comment_reason", "comment_event", "comment_source", "classifier_example",
                "thread_activity", "comment")) {
            Database.sql().update("delete from " + table);
        }
        assertEquals(0L, Comments.count());
    }
}
