package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.publicItems;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static dev.moderato.support.ModerationQueue.queue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default honeypot field is hp_website. */
@QuarkusTest
class HoneypotTest {

    @Test
    void filledHoneypotGetsExactlyThePageACleanFormGets() {
        String cleanThread = Comments.newThread();
        String spamThread = Comments.newThread();

        String clean = browser().formParams(with(form(cleanThread), "hp_website", ""))
                .when().post(COMMENTS)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        String spam = browser().formParams(with(form(spamThread), "hp_website", "https://cheap-pills.example"))
                .when().post(COMMENTS)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Location", nullValue())
                .extract().asString();

        assertEquals(clean, spam);
        assertTrue(spam.contains(Screenings.RECEIVED_TITLE), spam);
        assertEquals(1, storedIn(spamThread));
    }

    @Test
    void filledHoneypotGetsTheSameRedirectAsACleanForm() {
        String redirectTo = "https://news.example.com/2026/article#comments";

        String pending = "https://news.example.com/2026/article#moderato=pending,";

        browser().formParams(with(form(Comments.newThread()), "redirect_to", redirectTo))
                .when().post(COMMENTS)
                .then().statusCode(303).header("Location", startsWith(pending));
        browser().formParams(with(with(form(Comments.newThread()), "redirect_to", redirectTo), "hp_website", "x"))
                .when().post(COMMENTS)
                .then().statusCode(303).header("Location", startsWith(pending));
    }

    @Test
    void filledHoneypotIsStoredAsSpamWithItsReason() {
        String thread = Comments.newThread();

        browser().formParams(with(form(thread), "hp_website", "bot was here"))
                .when().post(COMMENTS)
                .then().statusCode(200);

        JsonPath spam = onlyQueued("spam", thread);
        assertEquals("spam", spam.getString("status"));
        assertEquals(List.of("honeypot"), spam.getList("reasons.code"));
        assertEquals("The hidden honeypot field was filled in.", spam.getString("reasons[0].detail"));
        assertEquals(0, queue("pending", thread).getInt("total"));
        assertEquals(List.of(), publicItems(thread));
    }

    @Test
    void filledHoneypotLeavesASystemSpamEntryInTheHistory() {
        String thread = Comments.newThread();
        browser().formParams(with(form(thread), "hp_website", "bot was here"))
                .when().post(COMMENTS)
                .then().statusCode(200);
        String id = onlyQueued("spam", thread).getString("id");

        JsonPath history = history(id);

        assertEquals(1, history.getList("$").size());
        Map<String, Object> entry = history.getMap("[0]");
        assertEquals("system", entry.get("actor"));
        assertEquals("spam", entry.get("action"));
        assertNull(entry.get("fromStatus"));
        assertEquals("spam", entry.get("toStatus"));
        assertEquals("honeypot", entry.get("reason"));
    }

    @Test
    void emptyHoneypotIsAnOrdinaryPendingComment() {
        String thread = Comments.newThread();

        browser().formParams(with(form(thread), "hp_website", ""))
                .when().post(COMMENTS)
                .then().statusCode(200);

        JsonPath pending = onlyQueued("pending", thread);
        assertEquals(List.of(), pending.getList("reasons"));
        assertEquals(List.of(), history(pending.getString("id")).getList("$"));
    }
}
