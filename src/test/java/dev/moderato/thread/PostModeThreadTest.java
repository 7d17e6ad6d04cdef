package dev.moderato.thread;

import dev.moderato.screening.Screenings;
import dev.moderato.support.Comments;
import dev.moderato.support.ModerationQueue;
import dev.moderato.support.Threads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.publicItems;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Threads.setThread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Threads are pre-moderated by default here; these tests switch single threads to post. */
@QuarkusTest
class PostModeThreadTest {

    @Test
    void cleanCommentInAPostModeThreadIsPublishedAtOnce() {
        String thread = Threads.postModerated();

        String id = json().body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("approved"))
                .extract().path("id");

        List<Map<String, Object>> published = publicItems(thread);
        assertEquals(1, published.size());
        assertEquals(id, published.get(0).get("id"));
        assertEquals(0, ModerationQueue.queue("pending", thread).getInt("total"));
    }

    @Test
    void commentPublishedAtOnceShowsInTheVeryNextReadOfACachedThread() {
        String thread = Threads.postModerated();
        String first = json().body(Comments.valid(thread)).when().post(COMMENTS).then().statusCode(202)
                .extract().path("id");
        String etag = given().queryParam("thread", thread).when().get(COMMENTS)
                .then().statusCode(200).body("total", equalTo(1)).extract().header("ETag");
        given().queryParam("thread", thread).when().get(COMMENTS + "/count")
                .then().statusCode(200).body("'" + thread + "'", equalTo(1));

        String second = json().body(Comments.with(Comments.valid(thread), "body", "A second thought."))
                .when().post(COMMENTS).then().statusCode(202).body("status", equalTo("approved"))
                .extract().path("id");

        given().queryParam("thread", thread).header("If-None-Match", etag)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("total", equalTo(2))
                .body("items.id", contains(first, second));
        given().queryParam("thread", thread).when().get(COMMENTS + "/count")
                .then().statusCode(200)
                .body("'" + thread + "'", equalTo(2));
    }

    @Test
    void publishedAtOnceLeavesASystemApproveEntryInTheHistory() {
        String thread = Threads.postModerated();

        String id = Comments.submit(Comments.valid(thread));

        JsonPath history = history(id);
        assertEquals(1, history.getList("$").size());
        assertEquals("system", history.getString("[0].actor"));
        assertEquals("approve", history.getString("[0].action"));
        assertNull(history.get("[0].fromStatus"));
        assertEquals("approved", history.getString("[0].toStatus"));
        assertEquals("published at once", history.getString("[0].reason"));
    }

    @Test
    void tooManyLinksAreHeldEvenInAPostModeThread() {
        String thread = Threads.postModerated();
        String body = "Links: https://a.example https://b.example https://c.example";

        String id = json().body(Comments.with(Comments.valid(thread), "body", body))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"))
                .extract().path("id");

        assertEquals(List.of(), publicItems(thread));
        assertEquals(List.of("too_many_links"), onlyQueued("pending", thread).getList("reasons.code"));
        assertEquals(List.of("hold"), history(id).getList("action"));
    }

    @Test
    void honeypotSpamIsNotPublishedInAPostModeThread() {
        String thread = Threads.postModerated();

        browser().formParams(with(form(thread), "hp_website", "bot"))
                .when().post(COMMENTS)
                .then().statusCode(200);

        assertEquals(List.of(), publicItems(thread));
        assertEquals(List.of("honeypot"), onlyQueued("spam", thread).getList("reasons.code"));
    }

    @Test
    void formPostInAPostModeThreadSaysTheCommentIsPublished() {
        String thread = Threads.postModerated();

        String html = browser().formParams(form(thread))
                .when().post(COMMENTS)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();

        assertEquals(Screenings.PUBLISHED_TITLE, Jsoup.parse(html).selectFirst("h1").text());
        assertEquals(1, publicItems(thread).size());
    }

    @Test
    void switchingBackToPreModeQueuesNewComments() {
        String thread = Threads.postModerated();
        Comments.submit(Comments.valid(thread));

        setThread(thread, true, "pre");

        json().body(Comments.with(Comments.valid(thread), "body", "A second remark."))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"));
        assertEquals(1, publicItems(thread).size());
    }

    @Test
    void preModeThreadQueuesACleanComment() {
        String thread = Comments.newThread();

        String id = json().body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"))
                .extract().path("id");

        assertEquals(List.of(), publicItems(thread));
        assertEquals(List.of(), history(id).getList("$"));
    }
}
