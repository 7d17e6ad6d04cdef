package dev.moderato.dashboard;

import dev.moderato.support.Browser;
import dev.moderato.support.Dashboard;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import dev.moderato.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out of the dashboard: the session cookie, its end, and forms that only the dashboard can send. */
@QuarkusTest
class DashboardSessionTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void signingInSetsAStrictHttpOnlySessionCookieForTheDashboardOnly() {
        Moderators.ensure("dora", "moderator");
        ExtractableResponse<Response> answer = Dashboard.signInForm("dora", Moderators.PASSWORD)
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/"))
                .extract();
        String setCookie = answer.header("Set-Cookie");
        assertTrue(setCookie.startsWith(Dashboard.SESSION_COOKIE + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/dashboard"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP from no trusted proxy: " + setCookie);
        assertFalse(setCookie.contains("Max-Age") || setCookie.contains("Expires"), "a browser-session cookie: " + setCookie);

        Browser.formPost().cookie(Dashboard.SESSION_COOKIE, answer.cookie(Dashboard.SESSION_COOKIE))
                .when().get("/dashboard/")
                .then().statusCode(200)
                .body(containsString("Signed in as dora"));
    }

    @Test
    void aForwardedProtoFromAnUntrustedClientDoesNotMakeTheCookieSecure() {
        Moderators.ensure("dora", "moderator");
        String setCookie = Browser.formPost().header("X-Forwarded-Proto", "https")
                .formParam("username", "dora").formParam("password", Moderators.PASSWORD)
                .when().post("/dashboard/sign-in")
                .then().statusCode(303).extract().header("Set-Cookie");
        assertFalse(setCookie.contains("Secure"), setCookie);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithoutASession() {
        Moderators.ensure("dora", "moderator");
        Dashboard.signInForm("dora", "not the password")
                .then().statusCode(401)
                .contentType("text/html")
                .header("Set-Cookie", nullValue())
                .header("WWW-Authenticate", not(containsString("Basic")))
                .body(containsString("Wrong username or password."))
                .body(containsString("value=\"dora\""));
        Dashboard.signInForm("nobody-" + UUID.randomUUID(), "whatever password")
                .then().statusCode(401)
                .body(containsString("Wrong username or password."));
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPageAndBack() {
        Browser.formPost().when().get("/dashboard/")
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/sign-in"));
        Browser.formPost().when().get("/dashboard/?thread=a&reason=honeypot")
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/sign-in?next=%2Fdashboard%2F%3Fthread%3Da%26reason%3Dhoneypot"));
        given().when().get("/dashboard/sign-in?next=/dashboard/threads")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("name=\"next\" value=\"/dashboard/threads\""));
    }

    @Test
    void signingInGoesBackOnlyToADashboardPage() {
        Moderators.ensure("dora", "moderator");
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/dashboard/", "/dashboard//evil.example",
                "/api/v1/moderation/stats")) {
            Browser.formPost().formParam("username", "dora").formParam("password", Moderators.PASSWORD)
                    .formParam("next", elsewhere)
                    .when().post("/dashboard/sign-in")
                    .then().statusCode(303)
                    .header("Location", endsWith("/dashboard/"));
        }
        Browser.formPost().formParam("username", "dora").formParam("password", Moderators.PASSWORD)
                .formParam("next", "/dashboard/threads")
                .when().post("/dashboard/sign-in")
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/threads"));
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheSessionToken() throws Exception {
        Dashboard.Signed dora = Dashboard.as("dora");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(dora.cookie().getBytes(StandardCharsets.UTF_8)));
        List<String> stored = Database.sql().list("select token_hash from dashboard_session where username = ?",
                row -> row.getString(1), "dora");
        assertTrue(stored.contains(expected));
        assertFalse(stored.contains(dora.cookie()));
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        Dashboard.Signed dora = Dashboard.as("dora");
        ExtractableResponse<Response> out = dora.post("/dashboard/sign-out");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/dashboard/sign-in?signed-out=1"), out.header("Location"));
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));

        // The same cookie, replayed after signing out, no longer signs anyone in.
        dora.browser().when().get("/dashboard/")
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/sign-in"));
        assertEquals(0, Database.sql().number("select count(*) from dashboard_session where token_hash = ?",
                sha256(dora.cookie())));
    }

    @Test
    void signingOutWithoutTheFormTokenIsRefusedAndTheSessionStays() {
        Dashboard.Signed dora = Dashboard.as("dora");
        dora.browser().when().post("/dashboard/sign-out")
                .then().statusCode(403)
                .contentType("text/html")
                .body(containsString("security token is missing or wrong"));
        dora.browser().formParam("csrf", "forged").when().post("/dashboard/sign-out")
                .then().statusCode(403);
        dora.page("/dashboard/");
    }

    @Test
    void aPostFromAnotherSitesPageIsRefusedEvenWithTheToken() {
        Dashboard.Signed dora = Dashboard.as("dora");
        Browser.formPost().cookie(Dashboard.SESSION_COOKIE, dora.cookie())
                .header("Sec-Fetch-Site", "cross-site").formParam("csrf", dora.csrf())
                .when().post("/dashboard/sign-out")
                .then().statusCode(403)
                .body(containsString("came from another site"));
        // Browsers without Sec-Fetch-Site: their Origin tells.
        Browser.formPost().cookie(Dashboard.SESSION_COOKIE, dora.cookie())
                .header("Origin", "https://evil.example").formParam("csrf", dora.csrf())
                .when().post("/dashboard/sign-out")
                .then().statusCode(403);
        dora.page("/dashboard/");
    }

    @Test
    void aSessionLeftIdleLongerThanTheTimeoutIsOver() {
        Dashboard.Signed dora = Dashboard.as("dora");
        clock.advance(Duration.ofMinutes(29));
        dora.page("/dashboard/");
        clock.advance(Duration.ofMinutes(29)); // 58 minutes after signing in, 29 after the last use
        dora.page("/dashboard/");
        clock.advance(Duration.ofMinutes(31));
        dora.browser().when().get("/dashboard/")
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/sign-in"));
    }

    @Test
    void aSessionInUseEndsAtItsMaximumAgeAllTheSame() {
        Dashboard.Signed dora = Dashboard.as("dora");
        for (int i = 0; i < 47; i++) { // 11 h 45 of steady work, never idle
            clock.advance(Duration.ofMinutes(15));
            dora.page("/dashboard/");
        }
        clock.advance(Duration.ofMinutes(15)); // 12 hours after signing in
        dora.browser().when().get("/dashboard/")
                .then().statusCode(303)
                .header("Location", endsWith("/dashboard/sign-in"));
    }

    @Test
    void aRemovedAccountsSessionsEnd() {
        String username = "leaving-" + UUID.randomUUID();
        Dashboard.Signed leaving = Dashboard.as(username);
        Moderators.asAdmin().when().delete("/api/v1/admin/moderators/{username}", username)
                .then().statusCode(204);
        leaving.browser().when().get("/dashboard/").then().statusCode(303);
        assertEquals(0, Database.sql().number("select count(*) from dashboard_session where username = ?", username));
    }

    @Test
    void everyDashboardAnswerCarriesTheSecurityHeaders() {
        Dashboard.Signed dora = Dashboard.as("dora");
        hardened(given().when().get("/dashboard/sign-in").then().statusCode(200).extract());
        hardened(dora.browser().when().get("/dashboard/").then().statusCode(200).extract());
        hardened(dora.browser().when().post("/dashboard/sign-out").then().statusCode(403).extract());
        hardened(Browser.formPost().when().get("/dashboard/").then().statusCode(303).extract());
        for (String page : List.of("/dashboard/threads", "/dashboard/stats", "/dashboard/admin/moderators",
                "/dashboard/comments/0192d3c4-aaaa-4bbb-8ccc-dddddddddddd")) {
            hardened(dora.browser().when().get(page).then().extract());
        }
        ExtractableResponse<Response> script = given().when().get("/dashboard/assets/dashboard.css")
                .then().statusCode(200).extract();
        assertTrue(script.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    static void hardened(ExtractableResponse<Response> answer) {
        String policy = answer.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'")
                && !policy.contains("unsafe-inline"), String.valueOf(policy));
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertEquals("no-referrer", answer.header("Referrer-Policy"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
