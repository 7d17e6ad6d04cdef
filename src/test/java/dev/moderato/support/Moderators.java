package dev.moderato.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Accounts for tests: the bootstrap administrator of the test profile, and moderators made through the admin API. */
public final class Moderators {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "moderator-password-1";

    private Moderators() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** Signs in as the named moderator, creating the account on first use. */
    public static RequestSpecification as(String username) {
        ensure(username, "moderator");
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    public static void ensure(String username, String role) {
        int status = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role))
                .when().post("/api/v1/admin/moderators")
                .then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create moderator " + username + ": HTTP " + status);
        }
    }
}
