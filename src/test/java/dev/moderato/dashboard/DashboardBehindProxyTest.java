package dev.moderato.dashboard;

import dev.moderato.support.Browser;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behind a trusted TLS proxy: the cookie is Secure, and failed sign-ins count as the API's do, per address. */
@QuarkusTest
@TestProfile(DashboardBehindProxyTest.BehindProxy.class)
class DashboardBehindProxyTest {

    static final int PER_ADDRESS = 3;

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("moderato.trusted-proxies", "127.0.0.1/32",
                    "moderato.security.sign-in-limit.enabled", "true",
                    "moderato.security.sign-in-limit.per-address", Integer.toString(PER_ADDRESS),
                    "moderato.security.sign-in-limit.per-username", "1000");
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserCameOverTls() {
        Moderators.ensure("tess", "moderator");
        String overTls = signIn(Submissions.newAddress(), "https").header("Set-Cookie");
        assertTrue(overTls.contains("Secure"), overTls);
        String plain = signIn(Submissions.newAddress(), "http").header("Set-Cookie");
        assertFalse(plain.contains("Secure"), plain);
    }

    @Test
    void failedSignInsAreThrottledPerAddressLikeTheApis() {
        String address = Submissions.newAddress();
        String username = "guessed-" + UUID.randomUUID();
        Moderators.ensure(username, "moderator");
        // Wrong guesses through the API's HTTP Basic and through the form draw on the same allowance.
        given().header("X-Forwarded-For", address).auth().preemptive().basic(username, "wrong guess 1")
                .when().get("/api/v1/moderation/stats").then().statusCode(401);
        for (int guess = 2; guess <= PER_ADDRESS; guess++) {
            form(address, username, "wrong guess " + guess).then().statusCode(401);
        }
        form(address, username, Moderators.PASSWORD)
                .then().statusCode(429)
                .contentType("text/html")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("Set-Cookie", nullValue())
                .body(containsString("Too many failed sign-ins"));
        // From elsewhere, the moderator still signs in.
        form(Submissions.newAddress(), username, Moderators.PASSWORD).then().statusCode(303);
    }

    @Test
    void theThrottledPageIsInFrench() {
        String address = Submissions.newAddress();
        for (int guess = 1; guess <= PER_ADDRESS; guess++) {
            form(address, "nobody", "wrong " + guess).then().statusCode(401);
        }
        request(address).header("Accept-Language", "fr-FR")
                .formParam("username", "nobody").formParam("password", "again")
                .when().post("/dashboard/sign-in")
                .then().statusCode(429)
                .body(containsString("Trop de connexions échouées"))
                .body(containsString("<html lang=\"fr\">"));
    }

    private static io.restassured.response.Response signIn(String address, String proto) {
        return request(address).header("X-Forwarded-Proto", proto)
                .formParam("username", "tess").formParam("password", Moderators.PASSWORD)
                .when().post("/dashboard/sign-in");
    }

    private static io.restassured.response.Response form(String address, String username, String password) {
        return request(address).formParam("username", username).formParam("password", password)
                .when().post("/dashboard/sign-in");
    }

    private static RequestSpecification request(String address) {
        return Browser.formPost().header("X-Forwarded-For", address);
    }
}
