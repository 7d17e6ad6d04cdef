package dev.moderato.dashboard;

import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import dev.moderato.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrators' personal-data page: look up, export, erase after a confirmation; refused to moderators. */
@QuarkusTest
class PersonalDataPageTest {

    private static final String PAGE = "/dashboard/admin/personal-data";

    @Test
    void anAdministratorLooksUpDownloadsAndErasesAfterConfirming() {
        String email = "Page-" + UUID.randomUUID() + "@Example.org";
        String thread = Comments.newThread();
        String id = Comments.submit(Comments.with(Comments.by(email, thread), "name", "Page Reader"));
        Comments.submit(Comments.unique(thread, email.toUpperCase(Locale.ROOT)));
        Dashboard.Signed admin = Dashboard.asAdmin();

        Document page = Jsoup.parse(admin.page(PAGE));
        assertNotNull(page.selectFirst("nav a[href=" + PAGE + "][aria-current=page]"), "the navigation names the page");
        assertNotNull(page.selectFirst("label[for=email]"));

        Document found = html(admin.post(PAGE, "email", email.toLowerCase(Locale.ROOT)), 200);
        assertEquals("2", found.select("#found tr").first().selectFirst("td").text(), "both spellings are one reader");

        ExtractableResponse<Response> export = admin.post(PAGE + "/export", "email", email);
        assertEquals(200, export.statusCode());
        assertTrue(export.header("Content-Disposition").startsWith("attachment"));
        assertEquals(2, export.jsonPath().getList("comments").size());

        Document confirm = html(admin.post(PAGE + "/erase", "email", email), 200);
        assertTrue(confirm.selectFirst("#confirm-text").text().contains("2"), "the confirmation says how many");
        assertEquals("Page Reader", Comments.find(id).name, "nothing is erased before the confirmation");

        Document done = html(admin.post(PAGE + "/erase", "email", email, "confirm", "yes"), 200);
        assertNotNull(done.selectFirst(".notice.ok"));
        assertTrue(done.selectFirst(".notice.ok").text().contains("2"));
        assertEquals("Anonymous", Comments.find(id).name);
        assertNull(Comments.find(id).email);
        Document comment = Jsoup.parse(admin.page("/dashboard/comments/" + id));
        assertFalse(comment.select(".facts").text().contains("null"), comment.select(".facts").text());
    }

    @Test
    void showsTheAddressSubscriptionsToRepliesAndCountsThoseTheErasureRemoves() {
        String email = "Subscriber-" + UUID.randomUUID() + "@Example.org";
        String thread = Comments.newThread();
        String other = Comments.newThread();
        String followed = Comments.submit(Comments.by(email, thread));
        String alsoFollowed = Comments.submit(Comments.by(email, other));
        String confirmedToken = subscribe(followed, thread, email, Instant.now());
        String unconfirmedToken = subscribe(alsoFollowed, other, email, null);
        Dashboard.Signed admin = Dashboard.asAdmin();

        String answer = admin.post(PAGE, "email", email.toUpperCase(Locale.ROOT)).asString();
        Document found = Jsoup.parse(answer);
        assertEquals("2 subscriptions to replies by email", found.selectFirst("#subscriptions-count").text());
        List<String> rows = found.select("#subscriptions tbody tr").eachText();
        assertEquals(Set.of(thread + " " + followed + " yes", other + " " + alsoFollowed + " no"), Set.copyOf(rows));
        assertNotNull(found.selectFirst("#subscriptions a[href=/dashboard/comments/" + followed + "]"));
        assertFalse(answer.contains(confirmedToken) || answer.contains(unconfirmedToken), "never a subscriber's token");

        Document confirm = html(admin.post(PAGE + "/erase", "email", email), 200);
        assertTrue(confirm.selectFirst("#confirm-text").text().contains("subscriptions to replies (2)"),
                confirm.selectFirst("#confirm-text").text());

        Document done = html(admin.post(PAGE + "/erase", "email", email, "confirm", "yes"), 200);
        assertEquals("Erased: 2 comments anonymised, 2 subscriptions to replies removed.",
                done.selectFirst(".notice.ok").text());
        assertEquals(0, Database.sql().number("select count(*) from reply_subscription where token in (?, ?)",
                confirmedToken, unconfirmedToken));
        assertEquals("Nothing is stored with this address.", done.selectFirst("#found p").text());
    }

    @Test
    void showsSubscriptionsAndTheErasureReportInFrench() {
        String email = "Abonne-" + UUID.randomUUID() + "@example.org";
        String thread = Comments.newThread();
        subscribe(Comments.submit(Comments.by(email, thread)), thread, email, null);
        Dashboard.Signed admin = Dashboard.asAdmin();

        Document found = Jsoup.parse(admin.browser().cookie("moderato_lang", "fr").formParam("csrf", admin.csrf())
                .formParam("email", email).when().post(PAGE).then().statusCode(200).extract().asString());
        assertEquals("1 abonnement aux réponses par e-mail", found.selectFirst("#subscriptions-count").text());
        assertEquals(thread + " " + found.selectFirst("#subscriptions tbody a").text() + " non",
                found.selectFirst("#subscriptions tbody tr").text());

        Document done = Jsoup.parse(admin.browser().cookie("moderato_lang", "fr").formParam("csrf", admin.csrf())
                .formParam("email", email).formParam("confirm", "yes").when().post(PAGE + "/erase")
                .then().statusCode(200).extract().asString());
        assertEquals("Effacé : 1 commentaire anonymisé, 1 abonnement aux réponses supprimé.",
                done.selectFirst(".notice.ok").text());
    }

    @Test
    void theConfirmationIsInFrenchForAFrenchAdministrator() {
        String email = "Page-fr-" + UUID.randomUUID() + "@example.org";
        Comments.submit(Comments.by(email, Comments.newThread()));
        Dashboard.Signed admin = Dashboard.asAdmin();

        Document confirm = Jsoup.parse(admin.browser().cookie("moderato_lang", "fr").formParam("csrf", admin.csrf())
                .formParam("email", email).when().post(PAGE + "/erase").then().statusCode(200).extract().asString());

        assertEquals("Effacer les données personnelles de ce lecteur ?", confirm.selectFirst("h1").text());
        assertEquals("Effacer définitivement", confirm.selectFirst("button.danger").text());
    }

    @Test
    void aBlankAddressGetsItsErrorBesideTheField() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        long before = Comments.count();

        Document page = html(admin.post(PAGE + "/erase", "email", "  ", "confirm", "yes"), 400);

        assertEquals("Name the email address to look up.", page.selectFirst("#email-error").text());
        assertEquals("true", page.selectFirst("#email").attr("aria-invalid"));
        assertEquals(before, Comments.count());
    }

    @Test
    void aModeratorIsRefusedAndErasesNothing() {
        String email = "Page-" + UUID.randomUUID() + "@example.org";
        String id = Comments.submit(Comments.by(email, Comments.newThread()));
        Dashboard.Signed moderator = Dashboard.as("page-moderator");

        moderator.browser().when().get(PAGE).then().statusCode(403);
        assertEquals(403, moderator.post(PAGE + "/erase", "email", email, "confirm", "yes").statusCode());
        assertEquals(403, moderator.post(PAGE + "/export", "email", email).statusCode());
        assertEquals(email, Comments.find(id).email);
    }

    @Test
    void aPostWithoutTheSessionsTokenErasesNothing() {
        String email = "Page-" + UUID.randomUUID() + "@example.org";
        String id = Comments.submit(Comments.by(email, Comments.newThread()));
        Dashboard.Signed admin = Dashboard.asAdmin();

        int status = admin.browser().formParam("csrf", "not-the-token").formParam("email", email)
                .formParam("confirm", "yes").when().post(PAGE + "/erase").then().extract().statusCode();

        assertTrue(status == 403 || status == 400, "refused: " + status);
        assertEquals(email, Comments.find(id).email);
    }

    /**
     * A subscription as the group commit stores it (written here: this profile has no mail server, without which a
     * submission's wish is ignored); answers its token.
     */
    private static String subscribe(String commentId, String thread, String email, Instant confirmedAt) {
        String token = (UUID.randomUUID() + "-" + UUID.randomUUID()).replace("-", "").substring(0, 43);
        Database.sql().update("insert into reply_subscription (token, comment_id, thread, email, language, confirmed_at,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)", token, UUID.fromString(commentId), thread,
                email.toLowerCase(Locale.ROOT), "en", confirmedAt, Instant.now());
        return token;
    }

    private static Document html(ExtractableResponse<Response> response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }
}
