package dev.moderato.security;

import dev.moderato.support.Moderators;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The administrators' account API: create, list, delete, and what each refuses. */
@QuarkusTest
class ModeratorAdminApiTest {

    private static final String MODERATORS = "/api/v1/admin/moderators";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PASSWORD = "a-long-enough-secret-7";

    @Test
    void createsAnAccountAndAnswersWithItsLocationButNoSecret() {
        String username = unique("jane");

        String body = create(username, PASSWORD, Role.MODERATOR)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(MODERATORS + "/" + username))
                .body("username", equalTo(username))
                .body("role", equalTo(Role.MODERATOR))
                .body("size()", equalTo(2))
                .extract().asString();

        assertFalse(body.contains(PASSWORD), body);
        assertFalse(body.contains("$2"), body);
        assertFalse(body.toLowerCase().contains("password"), body);
        assertFalse(body.toLowerCase().contains("hash"), body);
    }

    @Test
    void createsAnAdministratorWhoCanAdministerAtOnce() {
        String username = unique("deputy");
        create(username, PASSWORD, Role.ADMIN).statusCode(201).body("role", equalTo(Role.ADMIN));

        given().auth().preemptive().basic(username, PASSWORD)
                .when().get(MODERATORS)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("username", hasItem(username));
    }

    @Test
    void aNewModeratorSignsInAtOnce() {
        String username = unique("fresh");
        create(username, PASSWORD, Role.MODERATOR).statusCode(201);

        given().auth().preemptive().basic(username, PASSWORD)
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("pending", notNullValue());
        given().auth().preemptive().basic(username, PASSWORD)
                .when().get(MODERATORS)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void listsAccountsByUsernameWithoutPasswordsOrHashes() {
        String prefix = unique("list");
        create(prefix + "-charlie", PASSWORD + "-c", Role.MODERATOR).statusCode(201);
        create(prefix + "-alpha", PASSWORD + "-a", Role.ADMIN).statusCode(201);
        create(prefix + "-bravo", PASSWORD + "-b", Role.MODERATOR).statusCode(201);

        String body = Moderators.asAdmin()
                .when().get(MODERATORS)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("find { it.username == '" + prefix + "-alpha' }.role", equalTo(Role.ADMIN))
                .body("find { it.username == '" + prefix + "-bravo' }.role", equalTo(Role.MODERATOR))
                .body("find { it.username == 'admin' }.role", equalTo(Role.ADMIN))
                .extract().asString();

        // Only names that sort alike under any collation (H2's binary one, PostgreSQL's locale ones).
        List<String> mine = JsonPath.from(body).<String>getList("username").stream()
                .filter(name -> name.startsWith(prefix)).toList();
        assertEquals(List.of(prefix + "-alpha", prefix + "-bravo", prefix + "-charlie"), mine);
        for (String secret : List.of(PASSWORD, Moderators.ADMIN_PASSWORD, "$2")) {
            assertFalse(body.contains(secret), () -> "the list shows " + secret + ": " + body);
        }
        List<Map<String, Object>> accounts = JsonPath.from(body).getList("$");
        accounts.forEach(account -> assertEquals(Set.of("username", "role"), account.keySet()));
    }

    @Test
    void refusesADuplicateUsernameAndKeepsTheFirstPassword() {
        String username = unique("twice");
        create(username, PASSWORD, Role.MODERATOR).statusCode(201);

        create(username, "another-password-99", Role.ADMIN)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(409))
                .body("detail", containsString("already exists"));

        signIn(username, PASSWORD).statusCode(200);
        signIn(username, "another-password-99").statusCode(401);
        assertEquals(Role.MODERATOR, account(username).role);
    }

    static Stream<Arguments> invalidAccounts() {
        String ok = "valid-" + UUID.randomUUID();
        return Stream.of(
                Arguments.of("empty username", json("", PASSWORD, Role.MODERATOR), "username"),
                Arguments.of("blank username", json("   ", PASSWORD, Role.MODERATOR), "username"),
                Arguments.of("username with a space", json("jane doe", PASSWORD, Role.MODERATOR), "username"),
                Arguments.of("username with a slash", json("jane/doe", PASSWORD, Role.MODERATOR), "username"),
                Arguments.of("username of 101 characters", json("u".repeat(101), PASSWORD, Role.MODERATOR), "username"),
                Arguments.of("password of 11 characters", json(ok, "x".repeat(11), Role.MODERATOR), "password"),
                Arguments.of("password of 201 characters", json(ok, "x".repeat(201), Role.MODERATOR), "password"),
                Arguments.of("role root", json(ok, PASSWORD, "root"), "role"),
                Arguments.of("role in capitals", json(ok, PASSWORD, "ADMIN"), "role"),
                Arguments.of("missing username", "{\"password\":\"" + PASSWORD + "\",\"role\":\"moderator\"}", "username"),
                Arguments.of("missing password", "{\"username\":\"" + ok + "\",\"role\":\"moderator\"}", "password"),
                Arguments.of("missing role", "{\"username\":\"" + ok + "\",\"password\":\"" + PASSWORD + "\"}", "role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAccounts")
    void refusesAnInvalidAccountNamingTheField(String description, String body, String field) {
        List<String> before = usernames();

        Moderators.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post(MODERATORS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .header("Location", emptyOrNullString())
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.message", not(emptyOrNullString()))
                .body(not(containsString(PASSWORD)));

        assertEquals(before, usernames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"username\":", "not json", "[\"admin\"]", "{\"username\": {\"nested\": 1}, \"password\": \"" + PASSWORD + "\", \"role\": \"admin\"}"})
    void refusesMalformedJson(String body) {
        List<String> before = usernames();

        Moderators.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post(MODERATORS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString(PASSWORD)));

        assertEquals(before, usernames());
    }

    @Test
    void refusesAMissingBody() {
        List<String> before = usernames();

        Moderators.asAdmin().contentType(ContentType.JSON)
                .when().post(MODERATORS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400));

        assertEquals(before, usernames());
    }

    @Test
    void refusesABodyThatIsNotJson() {
        List<String> before = usernames();

        Moderators.asAdmin().contentType(ContentType.TEXT).body("username=jane&password=" + PASSWORD)
                .when().post(MODERATORS)
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));

        assertEquals(before, usernames());
    }

    @Test
    void acceptsTheLongestUsernameAndTheShortestPassword() {
        String username = (unique("edge") + "x".repeat(100)).substring(0, 100);

        create(username, "x".repeat(12), Role.MODERATOR).statusCode(201).body("username", equalTo(username));
        signIn(username, "x".repeat(12)).statusCode(200);
    }

    /** bcrypt itself reads at most 72 bytes; the promised 200 characters must all count. */
    @Test
    void acceptsAPasswordOfTwoHundredCharactersAndChecksEveryOne() {
        String username = unique("long");
        String password = "pässwört-".repeat(23).substring(0, 199) + "1";
        String lastCharacterChanged = password.substring(0, 199) + "2";

        create(username, password, Role.MODERATOR).statusCode(201);

        signInUtf8(username, password).statusCode(200);
        signInUtf8(username, lastCharacterChanged).statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        signInUtf8(username, password.substring(0, 72)).statusCode(401);
    }

    @Test
    void aPasswordWithCharactersBeyondAsciiSignsIn() {
        String username = unique("unicode");
        String password = "mot-de-passe-été-€-日本";
        create(username, password, Role.MODERATOR).statusCode(201);

        signInUtf8(username, password).statusCode(200);
    }

    @Test
    void deletesAnAccountWhichCannotSignInAnyMore() {
        String username = unique("leaver");
        create(username, PASSWORD, Role.MODERATOR).statusCode(201);
        signIn(username, PASSWORD).statusCode(200);

        Moderators.asAdmin()
                .when().delete(MODERATORS + "/{username}", username)
                .then().statusCode(204)
                .body(emptyOrNullString());

        signIn(username, PASSWORD).statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        assertNull(account(username));
        assertFalse(usernames().contains(username));
    }

    @Test
    void aRecreatedAccountDoesNotAcceptTheOldPassword() {
        String username = unique("again");
        create(username, PASSWORD, Role.MODERATOR).statusCode(201);
        signIn(username, PASSWORD).statusCode(200);
        Moderators.asAdmin().when().delete(MODERATORS + "/{username}", username).then().statusCode(204);

        create(username, "the-new-password-42", Role.MODERATOR).statusCode(201);

        signIn(username, PASSWORD).statusCode(401);
        signIn(username, "the-new-password-42").statusCode(200);
    }

    @Test
    void deletingAnUnknownAccountIsNotFound() {
        List<String> before = usernames();

        Moderators.asAdmin()
                .when().delete(MODERATORS + "/{username}", unique("ghost"))
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("detail", containsString("no moderator"));

        assertEquals(before, usernames());
    }

    @Test
    void anAdministratorCannotDeleteThemself() {
        String username = unique("self");
        create(username, PASSWORD, Role.ADMIN).statusCode(201);

        given().auth().preemptive().basic(username, PASSWORD)
                .when().delete(MODERATORS + "/{username}", username)
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(409))
                .body("detail", containsString("your own account"));

        assertNotNull(account(username));
        signIn(username, PASSWORD).statusCode(200);
    }

    @Test
    void anAdministratorCanDeleteAnotherAdministrator() {
        String first = unique("first-admin");
        String second = unique("second-admin");
        create(first, PASSWORD, Role.ADMIN).statusCode(201);
        create(second, PASSWORD, Role.ADMIN).statusCode(201);

        given().auth().preemptive().basic(first, PASSWORD)
                .when().delete(MODERATORS + "/{username}", second)
                .then().statusCode(204);

        assertNull(account(second));
        signIn(second, PASSWORD).statusCode(401);
    }

    private static ValidatableResponse create(String username, String password, String role) {
        return Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", role))
                .when().post(MODERATORS)
                .then();
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().auth().preemptive().basic(username, password)
                .when().get("/api/v1/moderation/stats")
                .then();
    }

    /** Basic credentials in UTF-8, the charset the challenge announces. */
    private static ValidatableResponse signInUtf8(String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return given().header("Authorization", "Basic " + credentials)
                .when().get("/api/v1/moderation/stats")
                .then();
    }

    private static List<String> usernames() {
        return Moderators.asAdmin().when().get(MODERATORS)
                .then().statusCode(200)
                .extract().path("username");
    }

    private static Moderator account(String username) {
        return Arc.container().instance(ModeratorAccounts.class).get().find(username).orElse(null);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID();
    }

    private static String json(String username, String password, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}";
    }
}
