package dev.moderato.importing;

import dev.moderato.importing.Exports.Post;
import dev.moderato.importing.Exports.WpComment;
import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's import page: administrators only, the file posted with the session's token, the report shown. */
@QuarkusTest
class DashboardImportTest {

    private static final String PAGE = "/dashboard/imports";

    private static Response upload(Dashboard.Signed who, String csrf, String document) {
        RequestSpecification request = who.browser().contentType("application/xml; charset=UTF-8").body(document);
        if (csrf != null) {
            request = request.header("X-CSRF-Token", csrf);
        }
        return request.when().post(PAGE);
    }

    @Test
    void anAdministratorImportsAnExportAndReadsTheReport() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String page = admin.page(PAGE);
        assertTrue(page.contains("id=\"import-form\""), "the upload form");
        assertTrue(page.contains("aria-current=\"page\">Import</a>"), "the navigation's Import link, current");
        long id = Exports.freshId();
        long orphan = Exports.freshId();

        upload(admin, admin.csrf(), Exports.wxr("1.2", Post.of("https://news.example.com/dash/",
                WpComment.of(id, "1", "From the dashboard."), WpComment.of(orphan, "0", "Lost").replyTo(42))))
                .then().statusCode(200).contentType("text/html")
                .body(containsString("<dd id=\"report-format\">wordpress</dd>"))
                .body(containsString("<dd id=\"report-imported\">2</dd>"))
                .body(containsString("<dd id=\"report-already\">0</dd>"))
                .body(containsString("<td>" + orphan + "</td>"));

        assertNotNull(Exports.wordPress(id));
    }

    @Test
    void anAdministratorDownloadsTheExportAndAModeratorCannot() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        long id = Exports.freshId();
        Exports.post(Exports.wxr("1.2", Post.of("https://news.example.com/dl/", WpComment.of(id, "1", "Downloaded."))), null)
                .then().statusCode(200);

        admin.browser().when().get(PAGE + "/export")
                .then().statusCode(200).contentType("application/xml")
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("<wp:comment_content>Downloaded.</wp:comment_content>"));
        Dashboard.as("dora-importer").browser().when().get(PAGE + "/export")
                .then().statusCode(403).contentType("text/html");
    }

    @Test
    void theReportIsInFrench() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        long id = Exports.freshId();

        admin.browser().header("Accept-Language", "fr").header("X-CSRF-Token", admin.csrf())
                .contentType("application/xml; charset=UTF-8")
                .body(Exports.wxr("1.2", Post.of("https://news.example.com/fr/", WpComment.of(id, "1", "Bonjour."))))
                .when().post(PAGE)
                .then().statusCode(200)
                .body(containsString("Import terminé"))
                .body(containsString("Importés"));
    }

    @Test
    void aPostWithoutTheSessionsTokenStoresNothing() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        long id = Exports.freshId();
        String document = Exports.wxr("1.2", Post.of("https://news.example.com/csrf/", WpComment.of(id, "1", "Forged.")));

        assertEquals(403, upload(admin, null, document).statusCode());
        assertEquals(403, upload(admin, "not-the-token", document).statusCode());
        assertEquals(403, given().cookie(Dashboard.SESSION_COOKIE, admin.cookie()).header("Sec-Fetch-Site", "cross-site")
                .header("X-CSRF-Token", admin.csrf())
                .contentType("application/xml; charset=UTF-8").body(document).when().post(PAGE).statusCode());

        assertNull(Exports.wordPress(id));
    }

    @Test
    void aModeratorIsDeniedThePageAndTheImport() {
        Dashboard.Signed dora = Dashboard.as("dora-importer");
        long id = Exports.freshId();

        dora.browser().when().get(PAGE).then().statusCode(403).contentType("text/html");
        assertEquals(403, upload(dora, dora.csrf(), Exports.wxr("1.2",
                Post.of("https://news.example.com/dora/", WpComment.of(id, "1", "Mine.")))).statusCode());
        assertFalse(dora.page("/dashboard/").contains("href=\"/dashboard/imports\""), "no Import link for moderators");
        assertNull(Exports.wordPress(id));
    }

    @Test
    void aTruncatedExportGetsAReadablePageAndStoresNothing() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String whole = Exports.wxr("1.2", Post.of("https://news.example.com/cut/", WpComment.of(Exports.freshId(), "1", "Cut")));
        long before = Comments.count();

        upload(admin, admin.csrf(), whole.substring(0, whole.length() / 2))
                .then().statusCode(400).contentType("text/html")
                .body(containsString("Nothing was imported."))
                .body(not(containsString("report-imported")));

        assertEquals(before, Comments.count());
    }
}
