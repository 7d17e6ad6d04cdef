package dev.moderato.submission;

import dev.moderato.support.Browser;

import dev.moderato.comment.Comment;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Posts the way a browser submits a comment form, and reads back what a form post stored. */
final class BrowserForms {

    static final String COMMENTS = "/api/v1/comments";

    private BrowserForms() {
    }

    /** URL-encoded in UTF-8 with no charset parameter, as browsers send it; redirects are not followed. */
    static RequestSpecification browser() {
        return Browser.formPost();
    }

    /** A complete, valid form under Moderato's own field names. */
    static Map<String, String> moderatoForm(String thread) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("thread", thread);
        form.put("name", "Ada Lovelace");
        form.put("email", "ada@example.org");
        form.put("website", "https://ada.example.org");
        form.put("body", "A thoughtful remark about the article.");
        return form;
    }

    /** A complete, valid WordPress comment form, with the fields WordPress adds beside the comment. */
    static Map<String, String> wordPressForm(String thread) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("comment", "Great article, thank you.");
        form.put("author", "Grace Hopper");
        form.put("email", "grace@example.org");
        form.put("url", "https://grace.example.org");
        form.put("wp-comment-cookies-consent", "yes");
        form.put("submit", "Post Comment");
        form.put("comment_post_ID", thread);
        form.put("comment_parent", "0");
        form.put("_wp_unfiltered_html_comment", "3f2a9c1b7e");
        form.put("akismet_comment_nonce", "b41c0e9d2a");
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }

    static List<Comment> storedIn(String thread) {
        return Database.sql().list("select id from comment where thread = ? order by created_at, id",
                row -> Comments.find(row.getString("id")), thread);
    }

    static Comment onlyCommentIn(String thread) {
        List<Comment> stored = storedIn(thread);
        assertEquals(1, stored.size(), "comments stored in " + thread);
        return stored.get(0);
    }

    static Document page(String html) {
        return Jsoup.parse(html);
    }
}
