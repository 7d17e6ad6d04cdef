package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.moderato.submission.BrowserForms.COMMENTS;
import static dev.moderato.submission.BrowserForms.browser;
import static dev.moderato.submission.BrowserForms.moderatoForm;
import static dev.moderato.submission.BrowserForms.onlyCommentIn;
import static dev.moderato.submission.BrowserForms.page;
import static dev.moderato.submission.BrowserForms.with;
import static dev.moderato.submission.BrowserForms.wordPressForm;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class FormSubmissionTest {

    private static final String RECEIVED_EN = "Thank you — your comment is awaiting moderation";
    private static final String RECEIVED_FR = "Merci, votre commentaire est en attente de modération";

    @Test
    void formPostWithModeratoNamesIsStoredPendingAndThanksTheReader() {
        String thread = Comments.newThread();
        long before = Comments.count();
        Map<String, String> form = with(moderatoForm(thread), "name", "  Zoë Café  ");

        String html = browser().formParams(form)
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Location", nullValue())
                .extract().asString();

        Document page = page(html);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(RECEIVED_EN, page.selectFirst("h1").text());
        assertEquals("Your comment has been received. It will appear once a moderator has approved it.",
                page.selectFirst("main p").text());
        Comment stored = onlyCommentIn(thread);
        assertAll(
                () -> assertEquals(CommentStatus.PENDING, stored.status),
                () -> assertNull(stored.parentId),
                () -> assertEquals("Zoë Café", stored.name),
                () -> assertEquals("ada@example.org", stored.email),
                () -> assertEquals("https://ada.example.org", stored.website),
                () -> assertEquals("A thoughtful remark about the article.", stored.body));
        assertEquals(before + 1, Comments.count());
    }

    @Test
    void formPostIsThankedInFrenchWhenTheReaderPrefersFrench() {
        String thread = Comments.newThread();

        String html = browser().header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").formParams(moderatoForm(thread))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .extract().asString();

        Document page = page(html);
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals(RECEIVED_FR, page.selectFirst("h1").text());
        assertEquals("Votre commentaire a bien été reçu. Il sera publié dès qu'un modérateur l'aura approuvé.",
                page.selectFirst("main p").text());
        assertEquals(CommentStatus.PENDING, onlyCommentIn(thread).status);
    }

    @Test
    void formPostIsThankedInEnglishWhenTheReaderPrefersAnotherLanguage() {
        String thread = Comments.newThread();

        String html = browser().header("Accept-Language", "de-DE,de;q=0.9").formParams(moderatoForm(thread))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .extract().asString();

        assertEquals(RECEIVED_EN, page(html).selectFirst("h1").text());
    }

    @Test
    void formPostWithParentIdIsStoredAsAReply() {
        String thread = Comments.newThread();
        String parent = Comments.submitApproved(Comments.valid(thread));

        browser().formParams(with(moderatoForm(thread), "parentId", parent))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"));

        Comment reply = storedReplyIn(thread);
        assertEquals(UUID.fromString(parent), reply.parentId);
        assertEquals(CommentStatus.PENDING, reply.status);
    }

    @Test
    void wordPressFormIsMappedToModeratoFieldsAndItsOtherFieldsAreIgnored() {
        String thread = Comments.newThread();
        long before = Comments.count();

        String html = browser().formParams(wordPressForm(thread))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Location", nullValue())
                .extract().asString();

        assertEquals(RECEIVED_EN, page(html).selectFirst("h1").text());
        Comment stored = onlyCommentIn(thread);
        assertAll(
                () -> assertEquals(CommentStatus.PENDING, stored.status),
                () -> assertNull(stored.parentId, "comment_parent=0 means a top-level comment"),
                () -> assertEquals("Grace Hopper", stored.name),
                () -> assertEquals("grace@example.org", stored.email),
                () -> assertEquals("https://grace.example.org", stored.website),
                () -> assertEquals("Great article, thank you.", stored.body));
        assertEquals(before + 1, Comments.count());
    }

    @Test
    void wordPressCommentParentIsStoredAsTheParent() {
        String thread = Comments.newThread();
        String parent = Comments.submitApproved(Comments.valid(thread));

        browser().formParams(with(wordPressForm(thread), "comment_parent", parent))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"));

        assertEquals(UUID.fromString(parent), storedReplyIn(thread).parentId);
    }

    @Test
    void wordPressFormWithoutOptionalUrlIsStoredWithoutWebsite() {
        String thread = Comments.newThread();

        browser().formParams(with(wordPressForm(thread), "url", ""))
                .when().post(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/html"));

        assertNull(onlyCommentIn(thread).website);
    }

    private static Comment storedReplyIn(String thread) {
        return BrowserForms.storedIn(thread).stream()
                .filter(comment -> comment.parentId != null)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one reply stored in " + thread);
                })
                .orElseThrow(() -> new AssertionError("no reply stored in " + thread));
    }
}
