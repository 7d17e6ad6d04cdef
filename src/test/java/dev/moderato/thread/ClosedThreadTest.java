package dev.moderato.thread;

import dev.moderato.support.Comments;
import dev.moderato.support.Threads;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.Metrics.submissions;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Threads.setThread;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ClosedThreadTest {

    private static final String CLOSED_EN = "This thread is closed to new comments.";
    private static final String CLOSED_FR = "Ce fil de discussion n'accepte plus de commentaires.";

    @Test
    void closedThreadRefusesJsonSubmissionsWithConflict() {
        String thread = Threads.closed();
        long before = Comments.count();

        json().body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("status", equalTo(409))
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo(CLOSED_EN));

        assertEquals(0, storedIn(thread));
        assertEquals(before, Comments.count());
    }

    @Test
    void closedThreadIsExplainedInFrenchWhenPreferred() {
        String thread = Threads.closed();

        json().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo(CLOSED_FR));

        assertEquals(0, storedIn(thread));
    }

    @Test
    void closedThreadAnswersAFormPostWithAPageThatSaysSo() {
        String thread = Threads.closed();

        String html = browser().formParams(with(form(thread), "redirect_to", "https://news.example.com/article"))
                .when().post(COMMENTS)
                .then().statusCode(409)
                .contentType(startsWith("text/html"))
                .header("Location", nullValue())
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Your comment could not be posted", page.selectFirst("h1").text());
        assertEquals(CLOSED_EN, page.selectFirst("main p").text());
        assertEquals(0, storedIn(thread));
    }

    @Test
    void closedThreadAnswersAFrenchFormPostInFrench() {
        String thread = Threads.closed();

        String html = browser().header("Accept-Language", "fr").formParams(form(thread))
                .when().post(COMMENTS)
                .then().statusCode(409)
                .contentType(startsWith("text/html"))
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals(CLOSED_FR, page.selectFirst("main p").text());
        assertEquals(0, storedIn(thread));
    }

    @Test
    void closedThreadRefusesEvenWhatScreeningWouldCallSpam() {
        String thread = Threads.closed();

        browser().formParams(with(form(thread), "hp_website", "bot"))
                .when().post(COMMENTS)
                .then().statusCode(409);

        assertEquals(0, storedIn(thread));
    }

    @Test
    void reopenedThreadTakesCommentsAgain() {
        String thread = Threads.closed();
        json().body(Comments.valid(thread)).when().post(COMMENTS).then().statusCode(409);

        setThread(thread, true, "pre");

        json().body(Comments.valid(thread))
                .when().post(COMMENTS)
                .then().statusCode(202)
                .body("status", equalTo("pending"));
        assertEquals(1, storedIn(thread));
    }

    @Test
    void closingOneThreadLeavesTheOthersOpen() {
        String closed = Threads.closed();

        json().body(Comments.valid(closed + "-sequel")).when().post(COMMENTS).then().statusCode(202);
        json().body(Comments.valid(closed.substring(0, closed.length() - 1))).when().post(COMMENTS).then().statusCode(202);
    }

    @Test
    void closedThreadKeyedWithSlashesAndAQueryRefusesComments() {
        String thread = "2026/11/article-" + UUID.randomUUID() + "?x=1";
        setThread(thread, false, "pre");

        json().body(Comments.valid(thread)).when().post(COMMENTS).then().statusCode(409);

        assertEquals(0, storedIn(thread));
    }

    @Test
    void refusalOfAClosedThreadIsCountedAsClosedNotAccepted() {
        String thread = Threads.closed();
        double closed = submissions("closed");
        double accepted = submissions("accepted");

        json().body(Comments.valid(thread)).when().post(COMMENTS).then().statusCode(409);
        browser().formParams(form(thread)).when().post(COMMENTS).then().statusCode(409);

        assertEquals(closed + 2, submissions("closed"));
        assertEquals(accepted, submissions("accepted"));
    }
}
