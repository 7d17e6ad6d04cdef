package dev.moderato.security;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import dev.moderato.support.PlainConfig;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.moderato.security.ChiefAdministratorProfile.PASSWORD;
import static dev.moderato.security.ChiefAdministratorProfile.USERNAME;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The bootstrap administrator as configured (here "chief"), in a Quarkus start of its own: the
 * test profile's Flyway clean gives it a database that no other test class has touched.
 */
@QuarkusTest
@TestProfile(ChiefAdministratorProfile.class)
class ConfiguredAdministratorTest {

    private static final String MODERATORS = "/api/v1/admin/moderators";

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    ModeratorAccounts accounts;

    @Test
    void theConfiguredAdministratorExistsAndSignsIn() {
        signIn(USERNAME, PASSWORD).statusCode(200)
                .contentType(ContentType.JSON)
                .body("find { it.username == 'chief' }.role", equalTo(Role.ADMIN));

        Moderator chief = account(USERNAME);
        assertEquals(Role.ADMIN, chief.role);
        PasswordStorageTest.assertBcrypt(chief.passwordHash, PASSWORD);
    }

    @Test
    void noOtherAdministratorIsCreated() {
        assertEquals(List.of(USERNAME), admins());
        assertNull(account(Moderators.ADMIN), "the default name is not used when another is configured");
        signIn(Moderators.ADMIN, Moderators.ADMIN_PASSWORD).statusCode(401);
    }

    @Test
    void aChangedConfiguredPasswordReplacesTheOldOneAtStartUp() {
        String changed = "changed-password-" + UUID.randomUUID();
        signIn(USERNAME, PASSWORD).statusCode(200);
        try {
            new AdminBootstrap(configuredWith(changed), accounts).onStart(null);

            signIn(USERNAME, PASSWORD).statusCode(401)
                    .header("WWW-Authenticate", startsWith("Basic"));
            signIn(USERNAME, changed).statusCode(200);
            PasswordStorageTest.assertBcrypt(account(USERNAME).passwordHash, changed);
        } finally {
            bootstrap.onStart(null);
        }
        signIn(USERNAME, PASSWORD).statusCode(200);
        signIn(USERNAME, changed).statusCode(401);
    }

    @Test
    void aConfiguredPasswordLongerThanTheSeventyTwoBytesBcryptReadsSignsIn() {
        String configured = "a-generated-secret-" + UUID.randomUUID() + UUID.randomUUID() + UUID.randomUUID();
        try {
            new AdminBootstrap(configuredWith(configured), accounts).onStart(null);

            signIn(USERNAME, configured).statusCode(200);
            signIn(USERNAME, configured.substring(0, 72)).statusCode(401);
        } finally {
            bootstrap.onStart(null);
        }
        signIn(USERNAME, PASSWORD).statusCode(200);
    }

    @Test
    void anUnchangedConfiguredPasswordKeepsTheStoredHash() {
        String before = account(USERNAME).passwordHash;

        bootstrap.onStart(null);

        assertEquals(before, account(USERNAME).passwordHash);
        signIn(USERNAME, PASSWORD).statusCode(200);
    }

    @Test
    void startUpPromotesAnExistingAccountConfiguredAsTheAdministrator() {
        String username = "promoted-" + UUID.randomUUID();
        create(username, Role.MODERATOR);
        signIn(username, Moderators.PASSWORD).statusCode(403);
        String password = "now-configured-" + UUID.randomUUID();
        try {
            new AdminBootstrap(configuredAs(username, password), accounts).onStart(null);

            assertEquals(Role.ADMIN, account(username).role);
            signIn(username, password).statusCode(200);
            signIn(username, Moderators.PASSWORD).statusCode(401);
        } finally {
            given().auth().preemptive().basic(USERNAME, PASSWORD)
                    .when().delete(MODERATORS + "/{username}", username)
                    .then().statusCode(204);
        }
    }

    /**
     * Through the API an administrator always leaves at least one other, except for an account
     * deleted on another replica that this one still remembers (for up to a minute): it must not
     * be able to remove the last real administrator.
     */
    @Test
    void theLastAdministratorCannotBeDeleted() {
        String deputy = "deputy-" + UUID.randomUUID();
        create(deputy, Role.ADMIN);
        signIn(deputy, Moderators.PASSWORD).statusCode(200);
        Database.sql().update("delete from moderator where username = ?", deputy);
        assertEquals(List.of(USERNAME), admins());

        try {
            given().auth().preemptive().basic(deputy, Moderators.PASSWORD)
                    .when().delete(MODERATORS + "/{username}", USERNAME)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", equalTo(409))
                    .body("detail", containsString("last administrator"));
        } finally {
            bootstrap.onStart(null);
        }

        assertEquals(List.of(USERNAME), admins());
        signIn(USERNAME, PASSWORD).statusCode(200);
    }

    /** The last two administrators deleting each other at the same moment: one of them must stay. */
    @Test
    void twoAdministratorsDeletingEachOtherAtOnceLeaveOneBehind() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                String rival = "rival-" + UUID.randomUUID();
                create(rival, Role.ADMIN);
                signIn(rival, Moderators.PASSWORD).statusCode(200);
                signIn(USERNAME, PASSWORD).statusCode(200);
                CyclicBarrier together = new CyclicBarrier(2);

                Future<Integer> chiefDeletesRival = callers.submit(() -> deleteTogether(together, USERNAME, PASSWORD, rival));
                Future<Integer> rivalDeletesChief = callers.submit(() -> deleteTogether(together, rival, Moderators.PASSWORD, USERNAME));
                List<Integer> statuses = List.of(chiefDeletesRival.get(30, TimeUnit.SECONDS), rivalDeletesChief.get(30, TimeUnit.SECONDS));
                List<String> left = admins();

                bootstrap.onStart(null);
                Database.sql().update("delete from moderator where username = ?", rival);
                int thisRound = round;
                assertEquals(1, left.size(), () -> "round " + thisRound + ": answers " + statuses + ", administrators left " + left);
                assertEquals(1, statuses.stream().filter(status -> status == 204).count(), () -> "one deletion only: " + statuses);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static int deleteTogether(CyclicBarrier together, String username, String password, String target) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return given().auth().preemptive().basic(username, password)
                .when().delete(MODERATORS + "/{username}", target)
                .statusCode();
    }

    private static ModeratoConfig configuredWith(String password) {
        return configuredAs(USERNAME, password);
    }

    private static ModeratoConfig configuredAs(String username, String password) {
        return PlainConfig.of(Map.of("moderato.admin.username", username, "moderato.admin.password", password));
    }

    private static void create(String username, String role) {
        given().auth().preemptive().basic(USERNAME, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Moderators.PASSWORD, "role", role))
                .when().post(MODERATORS)
                .then().statusCode(201);
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().auth().preemptive().basic(username, password)
                .when().get(MODERATORS)
                .then();
    }

    private static Moderator account(String username) {
        return Arc.container().instance(ModeratorAccounts.class).get().find(username).orElse(null);
    }

    private static List<String> admins() {
        return Database.sql().list("select username from moderator where role = ? order by username",
                row -> row.getString("username"), Role.ADMIN);
    }
}
