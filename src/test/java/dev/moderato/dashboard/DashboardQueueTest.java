package dev.moderato.dashboard;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import dev.moderato.support.ModerationQueue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue page and its forms, server side: what a moderator sees and what each post does (or refuses to do). */
@QuarkusTest
class DashboardQueueTest {

    private static final String LINKS = "See https://a.example.org, https://b.example.org and https://c.example.org";

    @Test
    void showsPendingCommentsOldestFirstWithEveryField() {
        String thread = Comments.newThread();
        String first = given().contentType(ContentType.JSON).header("User-Agent", "QueuePage/1.0 (test)")
                .body(Comments.valid(thread)).when().post("/api/v1/comments").then().statusCode(202).extract().path("id");
        String second = Comments.submit(Comments.with(Comments.saying(thread, LINKS), "name", "Grace Hopper"));
        String page = Dashboard.as("dora").page("/dashboard/?thread=" + thread);

        assertTrue(page.indexOf("c-" + first) < page.indexOf("c-" + second), "oldest first");
        assertTrue(page.contains("Ada Lovelace") && page.contains("Grace Hopper"));
        assertTrue(page.contains("ada@example.org") && page.contains("https://ada.example.org"));
        assertTrue(page.contains("QueuePage/1.0 (test)") && page.contains("127.0.0.1"));
        assertTrue(page.contains("too_many_links"));
        assertTrue(page.contains("2 comments match"));
    }

    @Test
    void filtersByStatusThreadAndReasonFromTheAddress() {
        String thread = Comments.newThread();
        String plain = Comments.submit(Comments.valid(thread));
        String linked = Comments.submit(Comments.saying(thread, LINKS));
        String approved = Comments.submitApproved(Comments.unique(thread, "approved@example.org"));
        Dashboard.Signed dora = Dashboard.as("dora");

        String byReason = dora.page("/dashboard/?status=pending&thread=" + thread + "&reason=too_many_links");
        assertTrue(byReason.contains("c-" + linked) && !byReason.contains("c-" + plain));
        assertTrue(byReason.contains("<option value=\"too_many_links\" selected>"));
        String byStatus = dora.page("/dashboard/?status=approved&thread=" + thread);
        assertTrue(byStatus.contains("c-" + approved) && !byStatus.contains("c-" + plain));
        // What the address gets wrong is left out, not an error page.
        dora.page("/dashboard/?status=everything&reason=DROP%20TABLE&page=-3");
    }

    @Test
    void showsTheCommentAReplyAnswers() {
        String thread = Comments.newThread();
        String parent = Comments.submitApproved(Comments.saying(thread, "The parent's own words."));
        Comments.submit(Comments.with(Comments.unique(thread, "child@example.org"), "parentId", parent));
        String page = Dashboard.as("dora").page("/dashboard/?thread=" + thread);
        assertTrue(page.contains("In reply to") && page.contains("The parent&#39;s own words.")
                || page.contains("The parent's own words."), page);
    }

    @Test
    void approvingWithTheFormDecidesAndGoesBackToTheSameView() {
        String thread = Comments.newThread();
        String id = Comments.submit(Comments.valid(thread));
        String next = Comments.submit(Comments.unique(thread, "next@example.org"));
        Dashboard.Signed dora = Dashboard.as("dora");

        ExtractableResponse<Response> answer = dora.post("/dashboard/comments/" + id + "/decision", "action", "approve",
                "version", "0", "select", next, "status", "pending", "thread", thread, "page", "0");
        assertEquals(303, answer.statusCode());
        String location = answer.header("Location");
        assertTrue(location.contains("/dashboard/?thread=" + encode(thread) + "&done=approve&select=" + next + "#c-" + next),
                location);
        assertEquals(CommentStatus.APPROVED, Comments.find(id).status);
        ModerationQueue.historyOf(id).body("actor", hasItem("dora"));
        String after = dora.browser().urlEncodingEnabled(false).when()
                .get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""))
                .then().statusCode(200).extract().asString();
        assertTrue(after.contains("Approved.") && !after.contains("c-" + id + "\""));
    }

    @Test
    void aDecisionWithoutTheFormTokenChangesNothing() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        Dashboard.Signed dora = Dashboard.as("dora");
        dora.browser().formParam("action", "approve").formParam("version", "0")
                .when().post("/dashboard/comments/" + id + "/decision")
                .then().statusCode(403).contentType("text/html");
        dora.browser().formParam("csrf", "wrong").formParam("action", "approve").formParam("version", "0")
                .when().post("/dashboard/comments/" + id + "/decision")
                .then().statusCode(403);
        Browser.formPost().cookie(Dashboard.SESSION_COOKIE, dora.cookie()).header("Sec-Fetch-Site", "cross-site")
                .formParam("csrf", dora.csrf())
                .formParam("action", "approve").formParam("version", "0")
                .when().post("/dashboard/comments/" + id + "/decision")
                .then().statusCode(403);
        assertEquals(CommentStatus.PENDING, Comments.find(id).status);
    }

    @Test
    void aDecisionAnotherModeratorMadeMeanwhileIsShownNotOverwritten() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        Dashboard.Signed dora = Dashboard.as("dora");
        Comments.setStatus(id, CommentStatus.APPROVED); // the administrator, through the API, while dora reads

        ExtractableResponse<Response> answer = dora.post("/dashboard/comments/" + id + "/decision", "action", "reject",
                "version", "0");
        assertEquals(409, answer.statusCode());
        String page = answer.asString();
        assertTrue(page.contains("admin decided this comment. Your decision was not applied."), page);
        assertTrue(page.contains("Apply my decision anyway"));
        assertEquals(CommentStatus.APPROVED, Comments.find(id).status);

        // Changing it anyway is a deliberate post with the version now shown.
        assertEquals(303, dora.post("/dashboard/comments/" + id + "/decision", "action", "reject", "version", "1")
                .statusCode());
        assertEquals(CommentStatus.REJECTED, Comments.find(id).status);
    }

    @Test
    void theCommentPageDecidesWithANoteForTheHistory() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        Dashboard.Signed dora = Dashboard.as("dora");
        assertTrue(dora.page("/dashboard/comments/" + id).contains("name=\"note\" maxlength=\"500\""));

        assertEquals(303, dora.post("/dashboard/comments/" + id + "/decision", "action", "reject", "version", "0",
                "note", "  off topic  ").statusCode());

        ModerationQueue.historyOf(id).body("reason", hasItem("off topic")).body("actor", hasItem("dora"));
    }

    @Test
    void selectedCommentsAreDecidedTogether() {
        String thread = Comments.newThread();
        String one = Comments.submit(Comments.valid(thread));
        String two = Comments.submit(Comments.unique(thread, "two@example.org"));
        String left = Comments.submit(Comments.unique(thread, "left@example.org"));
        Dashboard.Signed dora = Dashboard.as("dora");

        ExtractableResponse<Response> answer = dora.browser().formParam("csrf", dora.csrf()).formParam("action", "spam")
                .formParam("scope", "selected").formParam("ids", one, two).formParam("thread", thread)
                .when().post("/dashboard/decisions").then().statusCode(303).extract();
        assertTrue(answer.header("Location").contains("done=bulk&applied=2&unchanged=0&conflicts=0&missing=0"),
                answer.header("Location"));
        assertEquals(CommentStatus.SPAM, Comments.find(one).status);
        assertEquals(CommentStatus.SPAM, Comments.find(two).status);
        assertEquals(CommentStatus.PENDING, Comments.find(left).status);
    }

    @Test
    void everythingPendingThatMatchesTheFiltersIsDecidedByFilterOnceConfirmed() {
        String thread = Comments.newThread();
        String linked = Comments.submit(Comments.saying(thread, LINKS));
        String alsoLinked = Comments.submit(Comments.with(Comments.saying(thread, LINKS + " too"), "email", "b@example.org"));
        String plain = Comments.submit(Comments.valid(thread));
        String elsewhere = Comments.submit(Comments.saying(Comments.newThread(), LINKS));
        Dashboard.Signed dora = Dashboard.as("dora");

        ExtractableResponse<Response> asked = dora.post("/dashboard/decisions", "action", "reject", "scope", "matching",
                "status", "pending", "thread", thread, "reason", "too_many_links");
        assertEquals(200, asked.statusCode());
        assertTrue(asked.asString().contains("2 pending comments match these filters"), asked.asString());
        assertTrue(asked.asString().contains("Yes, apply to all 2"), asked.asString());
        assertEquals(CommentStatus.PENDING, Comments.find(linked).status, "nothing is decided before the confirmation");

        ExtractableResponse<Response> confirmed = dora.post("/dashboard/decisions", "action", "reject", "scope",
                "matching", "confirmed", "yes", "note", "link wave", "status", "pending", "thread", thread,
                "reason", "too_many_links");
        assertEquals(303, confirmed.statusCode());
        String location = confirmed.header("Location");
        assertTrue(location.contains("/dashboard/jobs/"), location);
        String job = location.substring(location.indexOf("/dashboard/jobs/"));
        awaitJobPage(dora, job, "Done: 2 decided.");
        assertEquals(CommentStatus.REJECTED, Comments.find(linked).status);
        assertEquals(CommentStatus.REJECTED, Comments.find(alsoLinked).status);
        assertEquals(CommentStatus.PENDING, Comments.find(plain).status);
        assertEquals(CommentStatus.PENDING, Comments.find(elsewhere).status);
        ModerationQueue.historyOf(linked).body("actor", hasItem("dora")).body("reason", hasItem("link wave"));
    }

    @Test
    void theNextPageFollowsTheCursorAndTheOrderCanBeTheSpamScore() {
        String thread = Comments.newThread();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < QueueFilter.PAGE_SIZE + 2; i++) {
            ids.add(Comments.submit(Comments.unique(thread, "p" + i + "@example.org")));
        }
        Dashboard.Signed dora = Dashboard.as("dora");
        String first = rawPage(dora, "/dashboard/?thread=" + URLEncoder.encode(thread, StandardCharsets.UTF_8));
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
        assertTrue(next.find(), "a next page link");
        String nextUrl = next.group(1).replace("&amp;", "&");
        assertTrue(nextUrl.contains("after="), nextUrl);
        String second = rawPage(dora, nextUrl);
        assertTrue(second.contains("c-" + ids.get(QueueFilter.PAGE_SIZE)) && second.contains("c-" + ids.get(ids.size() - 1)));
        assertTrue(!second.contains("c-" + ids.get(0)) && !second.contains("rel=\"next\""), "the last page");

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> dev.moderato.support.Database.sql()
                .update("update comment set spam_score = ? where id = ?", 0.876, java.util.UUID.fromString(ids.get(5))));
        String byScore = rawPage(dora, "/dashboard/?sort=score&thread=" + URLEncoder.encode(thread, StandardCharsets.UTF_8));
        int scored = byScore.indexOf("id=\"c-" + ids.get(5));
        assertTrue(scored > 0 && scored < byScore.indexOf("id=\"c-" + ids.get(0)), "the scored comment comes first");
        assertTrue(byScore.contains("<strong class=\"score-value\">0.87</strong>"), "its score is shown");
        assertTrue(byScore.contains("<option value=\"score\" selected>"), "the order is kept in the filter");
    }

    /** A page at an address already encoded, as a link on a page gives it. */
    private static String rawPage(Dashboard.Signed moderator, String url) {
        return moderator.browser().urlEncodingEnabled(false).when().get(url)
                .then().statusCode(200).extract().asString();
    }

    static void awaitJobPage(Dashboard.Signed moderator, String job, String expected) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String page = moderator.page(job);
        while (!page.contains(expected)) {
            assertTrue(System.nanoTime() < deadline, "not done after 30 s: " + page);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            page = moderator.page(job);
        }
    }

    @Test
    void anEditThatBreaksTheRulesIsShownWithItsErrorsAndNotSaved() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        Dashboard.Signed dora = Dashboard.as("dora");
        ExtractableResponse<Response> answer = dora.post("/dashboard/comments/" + id + "/edit", "version", "0",
                "name", "Ada Lovelace", "website", "not a url", "body", "   ");
        assertEquals(400, answer.statusCode());
        String page = answer.asString();
        assertTrue(page.contains("The comment was not saved."), page);
        assertTrue(page.contains("id=\"edit-body-error\"") && page.contains("id=\"edit-website-error\""), page);
        assertTrue(page.contains("value=\"not a url\""), "what was typed stays in the form");
        assertEquals("A thoughtful remark about the article.", Comments.find(id).body);

        String french = dora.browser().header("Accept-Language", "fr").formParam("csrf", dora.csrf())
                .formParam("version", "0").formParam("name", "Ada").formParam("website", "").formParam("body", "")
                .when().post("/dashboard/comments/" + id + "/edit").then().statusCode(400).extract().asString();
        assertTrue(french.contains("Le commentaire n&#39;a pas été enregistré") || french.contains("Le commentaire n'a pas été enregistré"), french);
    }

    @Test
    void aValidEditIsSavedAndRecorded() {
        String thread = Comments.newThread();
        String id = Comments.submit(Comments.valid(thread));
        Dashboard.Signed dora = Dashboard.as("dora");
        ExtractableResponse<Response> answer = dora.post("/dashboard/comments/" + id + "/edit", "version", "0",
                "name", "Ada L.", "website", "", "body", "Corrected.", "thread", thread);
        assertEquals(303, answer.statusCode());
        assertEquals("Corrected.", Comments.find(id).body);
        assertEquals(null, Comments.find(id).website);
        String page = dora.page("/dashboard/comments/" + id);
        assertTrue(page.contains("edit") && page.contains("dora"), "the history shows the edit");
        // An edit of the page loaded before it is stale.
        assertEquals(412, dora.post("/dashboard/comments/" + id + "/edit", "version", "0", "name", "X", "website", "",
                "body", "Older.").statusCode());
        assertEquals("Corrected.", Comments.find(id).body);
    }

    @Test
    void onlyAnAdministratorDeletes() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        Dashboard.Signed dora = Dashboard.as("dora");
        assertTrue(!dora.page("/dashboard/").contains("/delete\""), "no delete button for a moderator");
        assertEquals(403, dora.post("/dashboard/comments/" + id + "/delete").statusCode());
        assertEquals(CommentStatus.PENDING, Comments.find(id).status);

        assertEquals(303, Dashboard.asAdmin().post("/dashboard/comments/" + id + "/delete").statusCode());
        assertEquals(null, Comments.find(id));
    }

    @Test
    void aMissingCommentIsANotFoundPage() {
        Dashboard.as("dora").browser().when().get("/dashboard/comments/0192d3c4-aaaa-4bbb-8ccc-dddddddddddd")
                .then().statusCode(404).contentType("text/html")
                .body(containsString("There is no comment with this id"));
    }

    @Test
    void thePageIsInFrenchWhenTheBrowserPrefersItOrTheSwitchSaysSo() {
        Dashboard.Signed dora = Dashboard.as("dora");
        dora.browser().header("Accept-Language", "fr-CA, en;q=0.5").when().get("/dashboard/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("File de modération"))
                .body(containsString("Se déconnecter"));
        ExtractableResponse<Response> switched = dora.browser().queryParam("to", "fr").queryParam("back", "/dashboard/?status=spam")
                .when().get("/dashboard/language")
                .then().statusCode(303).extract();
        assertTrue(switched.header("Location").endsWith("/dashboard/?status=spam"));
        assertEquals("fr", switched.cookie(Visit.LANGUAGE_COOKIE));
        dora.browser().cookie(Visit.LANGUAGE_COOKIE, "fr").header("Accept-Language", "en").when().get("/dashboard/")
                .then().statusCode(200)
                .body(containsString("File de modération"));
        // The switch never sends anyone off the dashboard.
        assertTrue(dora.browser().when().get("/dashboard/language?to=en&back=https://evil.example/")
                .then().statusCode(303).extract().header("Location").endsWith("/dashboard/"));
    }

    @Test
    void theStateTellsTheScriptWhatArrivedAndWhatChanged() {
        String thread = Comments.newThread();
        String shown = Comments.submit(Comments.valid(thread));
        Dashboard.Signed dora = Dashboard.as("dora");
        String arrived = Comments.submit(Comments.unique(thread, "late@example.org"));
        Comments.setStatus(shown, CommentStatus.SPAM);

        dora.browser().queryParam("thread", thread).queryParam("shown", shown + ".0")
                .when().get("/dashboard/queue/state")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("ids", equalTo(List.of(arrived)))
                .body("changed[0].id", equalTo(shown))
                .body("changed[0].status", equalTo("spam"))
                .body("changed[0].decidedBy", equalTo("admin"));
        dora.browser().queryParam("ids", arrived).queryParam("thread", thread)
                .when().get("/dashboard/queue/items")
                .then().statusCode(200)
                .body(containsString("id=\"c-" + arrived + "\""))
                .body(not(containsString("<html")));
        given().when().get("/dashboard/queue/state").then().statusCode(401);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
