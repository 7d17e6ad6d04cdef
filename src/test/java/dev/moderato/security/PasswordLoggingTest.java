package dev.moderato.security;

import dev.moderato.support.CapturedLog;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No password reaches the log, whatever happens to the request that carried it. */
@QuarkusTest
class PasswordLoggingTest {

    private static final String MODERATORS = "/api/v1/admin/moderators";
    private static final String[] VERBOSE = {"dev.moderato", "io.quarkus.security", "io.quarkus.vertx.http.runtime.security"};

    @Test
    void passwordsOfEveryAccountOperationStayOutOfTheLog() {
        String username = "logged-" + UUID.randomUUID();
        String password = "created-" + UUID.randomUUID();
        String wrong = "wrong-" + UUID.randomUUID();
        String unknownUsersPassword = "unknown-" + UUID.randomUUID();
        String duplicate = "duplicate-" + UUID.randomUUID();
        String tooShort = "short-" + UUID.randomUUID().toString().substring(0, 5);
        String malformed = "malformed-" + UUID.randomUUID();
        String sentinel = "sentinel-" + UUID.randomUUID();

        List<String> lines;
        try (CapturedLog log = CapturedLog.start(VERBOSE)) {
            create(username, password).statusCode(201);
            signIn(username, password).statusCode(200);
            signIn(username, wrong).statusCode(401);
            signIn("nobody-" + UUID.randomUUID(), unknownUsersPassword).statusCode(401);
            create(username, duplicate).statusCode(409);
            create("other-" + UUID.randomUUID(), tooShort).statusCode(400);
            Moderators.asAdmin().contentType(ContentType.JSON)
                    .body("{\"username\":\"x\",\"password\":\"" + malformed + "\",\"role\":")
                    .when().post(MODERATORS)
                    .then().statusCode(400);
            Moderators.asAdmin().when().delete(MODERATORS + "/{username}", username).then().statusCode(204);
            signIn(username, password).statusCode(401);
            Logger.getLogger(ModeratorAccounts.class).debugf("%s", sentinel);
            lines = log.lines();
        }

        assertTrue(lines.stream().anyMatch(line -> line.contains(sentinel)), "the capture sees DEBUG records of the service");
        for (String secret : List.of(password, wrong, unknownUsersPassword, duplicate, tooShort, malformed, Moderators.ADMIN_PASSWORD)) {
            assertFalse(lines.stream().anyMatch(line -> line.contains(secret)),
                    () -> "a password was logged: " + lines.stream().filter(line -> line.contains(secret)).toList());
        }
    }

    @Test
    void wrongPasswordsLogNoWarningAndNoStackTrace() {
        List<String> loud;
        try (CapturedLog log = CapturedLog.start()) {
            for (int i = 0; i < 3; i++) {
                signIn(Moderators.ADMIN, "wrong-" + UUID.randomUUID()).statusCode(401);
            }
            loud = log.atLeast(Level.WARNING);
        }

        assertTrue(loud.isEmpty(), () -> "a wrong password is a client's mistake, not a warning: " + loud);
    }

    private static ValidatableResponse create(String username, String password) {
        return Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", Role.MODERATOR))
                .when().post(MODERATORS)
                .then();
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().auth().preemptive().basic(username, password)
                .when().get("/api/v1/moderation/stats")
                .then();
    }
}
