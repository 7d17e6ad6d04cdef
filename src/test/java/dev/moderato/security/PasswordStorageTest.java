package dev.moderato.security;

import dev.moderato.support.Moderators;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the moderator table holds: a salted bcrypt hash, never the password. */
@QuarkusTest
class PasswordStorageTest {

    private static final String PASSWORD = "stored-only-as-a-hash-1";
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    @Test
    void aNewAccountsPasswordIsStoredAsABcryptHash() {
        String username = create(PASSWORD);

        String hash = stored(username).passwordHash;

        assertBcrypt(hash, PASSWORD);
    }

    @Test
    void twoAccountsWithTheSamePasswordGetDifferentHashes() {
        String first = create(PASSWORD);
        String second = create(PASSWORD);

        assertNotEquals(stored(first).passwordHash, stored(second).passwordHash, "bcrypt hashes are salted");
    }

    @Test
    void theBootstrapAdministratorExistsWithTheConfiguredPasswordAsAHash() {
        Moderator admin = stored(Moderators.ADMIN);

        assertEquals(Role.ADMIN, admin.role);
        assertBcrypt(admin.passwordHash, Moderators.ADMIN_PASSWORD);
        Moderators.asAdmin()
                .when().get("/api/v1/admin/moderators")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("find { it.username == 'admin' }.role", equalTo(Role.ADMIN));
    }

    @Test
    void theHashDoesNotSignIn() {
        String username = create(PASSWORD);

        given().auth().preemptive().basic(username, stored(username).passwordHash)
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(401);
        given().auth().preemptive().basic(username, PASSWORD)
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(200);
    }

    static void assertBcrypt(String hash, String password) {
        Matcher bcrypt = BCRYPT.matcher(hash);
        assertTrue(bcrypt.matches(), () -> "not a bcrypt hash: " + hash);
        assertTrue(Integer.parseInt(bcrypt.group(1)) >= 10, () -> "bcrypt cost below 10: " + hash);
        assertFalse(hash.contains(password), "the hash contains the password");
        assertTrue(Passwords.matches(password, hash), "the hash is of this password");
    }

    private static String create(String password) {
        String username = "stored-" + UUID.randomUUID();
        Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", Role.MODERATOR))
                .when().post("/api/v1/admin/moderators")
                .then().statusCode(201)
                .body("username", equalTo(username));
        return username;
    }

    private static Moderator stored(String username) {
        return Arc.container().instance(ModeratorAccounts.class).get().find(username).orElse(null);
    }
}
