package dev.moderato.security;

import dev.moderato.support.CapturedLog;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh install with no administrator password configured, in a Quarkus start of its own (the
 * test profile's Flyway clean empties the database first). Start-up has created "admin" with a
 * random password; the later tests empty the moderator table and run the bootstrap again to read
 * what it logs.
 */
@QuarkusTest
@TestProfile(NoAdministratorPasswordProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RandomAdministratorPasswordTest {

    private static final Pattern LOGGED_PASSWORD = Pattern.compile("random password (\\S+)");

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    ModeratorAccounts accounts;

    @Test
    @Order(1)
    void startUpCreatedAnAdministratorWithAPasswordNobodyConfigured() {
        Moderator admin = account(Moderators.ADMIN);

        assertNotNull(admin, "an administrator exists after start-up");
        assertEquals(Role.ADMIN, admin.role);
        assertTrue(admin.passwordHash.startsWith("$2"), admin.passwordHash);
        given().auth().preemptive().basic(Moderators.ADMIN, Moderators.ADMIN_PASSWORD)
                .when().get("/api/v1/admin/moderators")
                .then().statusCode(401);
    }

    @Test
    @Order(2)
    void theRandomPasswordIsLoggedOnceAtWarnAndSignsIn() {
        removeEveryAccount();
        List<String> afterFirstStart;
        List<String> afterSecondStart;
        List<String> everything;
        try (CapturedLog log = CapturedLog.start()) {
            bootstrap.onStart(null);
            afterFirstStart = log.lines(AdminBootstrap.class, Level.WARNING);
            bootstrap.onStart(null);
            afterSecondStart = log.lines(AdminBootstrap.class, Level.WARNING);
            everything = log.lines();
        }

        assertEquals(1, afterFirstStart.size(), () -> "one warning: " + afterFirstStart);
        assertEquals(afterFirstStart, afterSecondStart, "the second start logs nothing new");
        String password = loggedPassword(afterFirstStart.get(0));
        assertTrue(password.length() >= 20, () -> "a long random password: " + password);
        assertEquals(1, everything.stream().filter(line -> line.contains(password)).count(), "logged once, nowhere else");
        given().auth().preemptive().basic(Moderators.ADMIN, password)
                .when().get("/api/v1/admin/moderators")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("username", equalTo(List.of(Moderators.ADMIN)))
                .body("role", equalTo(List.of(Role.ADMIN)));
        PasswordStorageTest.assertBcrypt(account(Moderators.ADMIN).passwordHash, password);
    }

    @Test
    @Order(3)
    void eachFreshInstallGetsItsOwnPassword() {
        assertNotEquals(freshInstallPassword(), freshInstallPassword());
    }

    @Test
    @Order(4)
    void noRandomAdministratorIsCreatedWhileAnotherAdministratorExists() {
        removeEveryAccount();
        accounts.create("keeper", "keeper-password-1", Role.ADMIN);
        List<String> warnings;
        try (CapturedLog log = CapturedLog.start()) {
            bootstrap.onStart(null);
            warnings = log.lines(AdminBootstrap.class, Level.WARNING);
        }

        assertEquals(List.of(), warnings);
        assertNull(account(Moderators.ADMIN));
    }

    @Test
    @Order(5)
    void aModeratorAloneDoesNotCountAsAnAdministrator() {
        removeEveryAccount();
        accounts.create("helper", "helper-password-1", Role.MODERATOR);
        List<String> warnings;
        try (CapturedLog log = CapturedLog.start()) {
            bootstrap.onStart(null);
            warnings = log.lines(AdminBootstrap.class, Level.WARNING);
        }

        assertEquals(1, warnings.size(), () -> "one warning: " + warnings);
        assertEquals(Role.ADMIN, account(Moderators.ADMIN).role);
        given().auth().preemptive().basic(Moderators.ADMIN, loggedPassword(warnings.get(0)))
                .when().get("/api/v1/admin/moderators")
                .then().statusCode(200)
                .body("username", equalTo(List.of(Moderators.ADMIN, "helper")));
    }

    private String freshInstallPassword() {
        removeEveryAccount();
        try (CapturedLog log = CapturedLog.start()) {
            bootstrap.onStart(null);
            return loggedPassword(log.lines(AdminBootstrap.class, Level.WARNING).get(0));
        }
    }

    private static String loggedPassword(String warning) {
        Matcher matcher = LOGGED_PASSWORD.matcher(warning);
        assertTrue(matcher.find(), () -> "the warning shows the password: " + warning);
        return matcher.group(1);
    }

    private static void removeEveryAccount() {
        Database.sql().update("delete from moderator");
    }

    private static Moderator account(String username) {
        return Arc.container().instance(ModeratorAccounts.class).get().find(username).orElse(null);
    }
}
