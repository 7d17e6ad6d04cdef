package dev.moderato.dashboard;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threads, stats and the administrators' pages: who may see them, and what their forms change. */
@QuarkusTest
class DashboardAdminTest {

    @Test
    void aModeratorIsDeniedTheAdministratorsPagesAndForms() {
        Dashboard.Signed dora = Dashboard.as("dora");
        for (String page : List.of("/dashboard/admin/word-lists", "/dashboard/admin/moderators")) {
            dora.browser().when().get(page)
                    .then().statusCode(403).contentType("text/html")
                    .body(containsString("This page is for administrators."));
        }
        assertFalse(dora.page("/dashboard/").contains("/dashboard/admin/"), "no admin links in a moderator's navigation");
        assertEquals(403, dora.post("/dashboard/admin/word-lists/disallowed", "words", "dora-was-here").statusCode());
        assertEquals(403, dora.post("/dashboard/admin/moderators", "username", "dora-friend",
                "password", "a long enough password", "role", "admin").statusCode());
        assertEquals(403, dora.post("/dashboard/admin/moderators/admin/remove").statusCode());
        Moderators.asAdmin().when().get("/api/v1/admin/word-lists/disallowed")
                .then().body("words", not(hasItem("dora-was-here")));
        Moderators.asAdmin().when().get("/api/v1/admin/moderators")
                .then().body("username", not(hasItem("dora-friend")));
    }

    @Test
    void anAdministratorKeepsTheWordLists() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        ExtractableResponse<Response> saved = admin.post("/dashboard/admin/word-lists/moderation",
                "words", "refund\n  wire   transfer \n\nRefund");
        assertEquals(303, saved.statusCode());
        Moderators.asAdmin().when().get("/api/v1/admin/word-lists/moderation")
                .then().body("words", equalTo(List.of("refund", "wire transfer")));
        assertTrue(admin.page("/dashboard/admin/word-lists?saved=moderation").contains("wire transfer"));

        ExtractableResponse<Response> refused = admin.post("/dashboard/admin/word-lists/moderation",
                "words", "fine\n" + "x".repeat(101));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("The list was not saved."));
        Moderators.asAdmin().when().get("/api/v1/admin/word-lists/moderation")
                .then().body("words", equalTo(List.of("refund", "wire transfer")));
        admin.post("/dashboard/admin/word-lists/moderation", "words", "");
    }

    @Test
    void anAdministratorCreatesPromotesAndRemovesAccounts() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String name = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, admin.post("/dashboard/admin/moderators", "username", name,
                "password", "a long enough password", "role", "moderator").statusCode());
        Dashboard.signIn(name, "a long enough password"); // the account works

        ExtractableResponse<Response> shortPassword = admin.post("/dashboard/admin/moderators", "username", name + "-2",
                "password", "short", "role", "moderator");
        assertEquals(400, shortPassword.statusCode());
        assertTrue(shortPassword.asString().contains("id=\"new-password-error\""));
        assertEquals(409, admin.post("/dashboard/admin/moderators", "username", name,
                "password", "a long enough password", "role", "moderator").statusCode());

        assertEquals(303, admin.post("/dashboard/admin/moderators/" + name + "/role", "role", "admin").statusCode());
        Moderators.asAdmin().when().get("/api/v1/admin/moderators")
                .then().body("find { it.username == '" + name + "' }.role", equalTo("admin"));
        assertEquals(409, admin.post("/dashboard/admin/moderators/admin/role", "role", "moderator").statusCode());
        assertEquals(409, admin.post("/dashboard/admin/moderators/admin/remove").statusCode());

        assertEquals(303, admin.post("/dashboard/admin/moderators/" + name + "/remove").statusCode());
        Moderators.asAdmin().when().get("/api/v1/admin/moderators")
                .then().body("username", not(hasItem(name)));
    }

    @Test
    void theApiChangesARoleToo() {
        String name = "promoted-" + UUID.randomUUID().toString().substring(0, 8);
        Moderators.ensure(name, "moderator");
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .when().put("/api/v1/admin/moderators/{username}", name)
                .then().statusCode(200)
                .body("username", equalTo(name))
                .body("role", equalTo("admin"));
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "moderator"))
                .when().put("/api/v1/admin/moderators/{username}", "admin")
                .then().statusCode(409);
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "owner"))
                .when().put("/api/v1/admin/moderators/{username}", name)
                .then().statusCode(400).body("violations.field", hasItem("role"));
        Moderators.as("dora").contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .when().put("/api/v1/admin/moderators/{username}", "dora")
                .then().statusCode(403);
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .when().put("/api/v1/admin/moderators/{username}", "nobody-" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aModeratorClosesAThreadAndSetsItsMode() {
        String thread = Comments.newThread();
        Comments.submit(Comments.valid(thread));
        Dashboard.Signed dora = Dashboard.as("dora");
        assertTrue(dora.page("/dashboard/threads").contains(thread), "a thread with comments is listed");

        ExtractableResponse<Response> saved = dora.post("/dashboard/threads", "thread", thread, "mode", "post");
        assertEquals(303, saved.statusCode());
        Moderators.as("dora").queryParam("thread", thread).when().get("/api/v1/moderation/threads")
                .then().body("open", equalTo(false)).body("mode", equalTo("post"));
        Submissions.post(Comments.unique(thread, Submissions.newEmail())).statusCode(409);

        assertEquals(303, dora.post("/dashboard/threads", "thread", thread, "open", "true", "mode", "pre").statusCode());
        Moderators.as("dora").queryParam("thread", thread).when().get("/api/v1/moderation/threads")
                .then().body("open", equalTo(true)).body("mode", equalTo("pre"));
        assertEquals(403, dora.browser().formParam("thread", thread).formParam("mode", "post")
                .when().post("/dashboard/threads").then().extract().statusCode());
    }

    @Test
    void theStatsPageDrawsTodaysDecisions() {
        String thread = Comments.newThread();
        Comments.submitApproved(Comments.valid(thread));
        String rejected = Comments.submit(Comments.unique(thread, Submissions.newEmail()));
        Comments.setStatus(rejected, CommentStatus.REJECTED);
        String page = Dashboard.as("dora").page("/dashboard/stats");
        assertTrue(page.contains("<svg class=\"chart\""), page);
        assertTrue(page.contains("class=\"bar-approved\"") && page.contains("class=\"bar-rejected\""));
        assertTrue(page.contains("Decisions per day, last 28 days"));
    }

    @Test
    void theChartScaleIsRound() {
        assertEquals(4, DecisionChart.niceCeiling(1));
        assertEquals(20, DecisionChart.niceCeiling(13));
        assertEquals(400, DecisionChart.niceCeiling(317));
    }
}
