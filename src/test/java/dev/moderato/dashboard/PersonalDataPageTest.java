package dev.moderato.dashboard;

import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Locale;
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

    private static Document html(ExtractableResponse<Response> response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }
}
