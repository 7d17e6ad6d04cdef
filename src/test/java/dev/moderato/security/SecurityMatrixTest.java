package dev.moderato.security;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Style item 15: for every protected route, anonymous and bad credentials get 401 with a Basic
 * challenge, the wrong role gets 403, the right role gets its 2xx. Every row is called for real,
 * on data of its own, and a refused call is checked to have changed nothing.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final String MODERATOR = "matrix-moderator";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String THREADS = "/api/v1/moderation/threads";
    private static final String WORD_LIST = "/api/v1/admin/word-lists/{list}";
    private static final String CLASSIFIER = "/api/v1/admin/classifier";
    private static final String PERSONAL_DATA = "/api/v1/admin/personal-data";
    private static final String WEBHOOKS = "/api/v1/admin/webhooks";
    private static final String WEBHOOK = WEBHOOKS + "/{id}";
    private static final String ORIGINAL_BODY = Comments.valid("any").get("body").toString();

    /** One protected route: what it is called on, how to call it, what success and a refused call leave behind. */
    record Route(String name, boolean adminOnly, Supplier<String> target,
                 BiFunction<RequestSpecification, String, Response> call,
                 BiConsumer<ValidatableResponse, String> succeeded,
                 Consumer<String> unchanged) {

        Response callOn(RequestSpecification caller, String target) {
            return call.apply(caller, target);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Route> routes() {
        return Stream.concat(webhookRoutes(), otherRoutes());
    }

    private static Stream<Route> otherRoutes() {
        return Stream.of(
                moderatorRoute("GET /api/v1/moderation/comments", SecurityMatrixTest::threadWithPendingComment,
                        (caller, thread) -> caller.queryParam("thread", thread).when().get("/api/v1/moderation/comments"),
                        (response, thread) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("total", equalTo(1))
                                .body("items[0].thread", equalTo(thread))
                                .body("items[0].email", equalTo("ada@example.org")),
                        thread -> { }),
                moderatorRoute("GET /api/v1/moderation/comments/{id}", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.when().get("/api/v1/moderation/comments/{id}", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .header("ETag", matchesPattern("\"\\d+\""))
                                .body("id", equalTo(id))
                                .body("status", equalTo("pending")),
                        id -> { }),
                moderatorRoute("POST /api/v1/moderation/comments/{id}/decision", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.contentType(ContentType.JSON)
                                .body(Map.of("action", "approve", "reason", "matrix"))
                                .when().post("/api/v1/moderation/comments/{id}/decision", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .header("ETag", matchesPattern("\"\\d+\""))
                                .body("id", equalTo(id))
                                .body("status", equalTo("approved"))
                                .body("decidedBy", notNullValue()),
                        SecurityMatrixTest::stillPending),
                moderatorRoute("POST /api/v1/moderation/decisions", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.contentType(ContentType.JSON)
                                .body(Map.of("action", "reject", "ids", List.of(id)))
                                .when().post("/api/v1/moderation/decisions"),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("results[0].id", equalTo(id))
                                .body("results[0].outcome", equalTo("applied")),
                        SecurityMatrixTest::stillPending),
                moderatorRoute("POST /api/v1/moderation/decision-jobs", SecurityMatrixTest::threadWithPendingComment,
                        (caller, thread) -> caller.contentType(ContentType.JSON)
                                .body(Map.of("action", "reject", "filter", Map.of("thread", thread)))
                                .when().post("/api/v1/moderation/decision-jobs"),
                        (response, thread) -> response.statusCode(202).contentType(ContentType.JSON)
                                .header("Location", notNullValue())
                                .body("filter.thread", equalTo(thread))
                                .body("matched", equalTo(1)),
                        thread -> assertEquals(0L, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                                dev.moderato.support.Database.sql().number(
                                        "select count(*) from decision_job where thread = ?", thread)))),
                moderatorRoute("GET /api/v1/moderation/decision-jobs/{id}", SecurityMatrixTest::decisionJob,
                        (caller, id) -> caller.when().get("/api/v1/moderation/decision-jobs/{id}", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("id", equalTo(id))
                                .body("actor", equalTo(Moderators.ADMIN)),
                        id -> { }),
                moderatorRoute("PATCH /api/v1/moderation/comments/{id}", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.contentType(ContentType.JSON)
                                .body(Map.of("body", "Corrected by a moderator."))
                                .when().patch("/api/v1/moderation/comments/{id}", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("id", equalTo(id))
                                .body("body", equalTo("Corrected by a moderator.")),
                        id -> assertEquals(ORIGINAL_BODY, Comments.find(id).body)),
                adminRoute("DELETE /api/v1/moderation/comments/{id}", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.when().delete("/api/v1/moderation/comments/{id}", id),
                        (response, id) -> {
                            response.statusCode(204).body(emptyOrNullString());
                            assertNull(Comments.find(id), "the comment is gone");
                        },
                        id -> assertNotNull(Comments.find(id), "the comment is still there")),
                moderatorRoute("GET /api/v1/moderation/comments/{id}/history", SecurityMatrixTest::approvedByAdmin,
                        (caller, id) -> caller.when().get("/api/v1/moderation/comments/{id}/history", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("action", hasItem("approve"))
                                .body("actor", hasItem(Moderators.ADMIN)),
                        id -> { }),
                moderatorRoute("GET /api/v1/moderation/stats", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.when().get("/api/v1/moderation/stats"),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("pending", greaterThanOrEqualTo(1))
                                .body("oldestPendingAt", notNullValue()),
                        id -> { }),
                moderatorRoute("GET /api/v1/moderation/threads", Comments::newThread,
                        (caller, thread) -> caller.queryParam("thread", thread).when().get(THREADS),
                        (response, thread) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("thread", equalTo(thread))
                                .body("open", equalTo(true)),
                        thread -> { }),
                moderatorRoute("PUT /api/v1/moderation/threads", Comments::newThread,
                        (caller, thread) -> caller.queryParam("thread", thread).contentType(ContentType.JSON)
                                .body(Map.of("open", false, "mode", "post"))
                                .when().put(THREADS),
                        (response, thread) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("thread", equalTo(thread))
                                .body("open", equalTo(false))
                                .body("mode", equalTo("post")),
                        thread -> Moderators.asAdmin().queryParam("thread", thread).when().get(THREADS)
                                .then().body("open", equalTo(true)).body("mode", equalTo("pre"))),
                adminRoute("GET /api/v1/admin/word-lists/{list}", () -> "moderation",
                        (caller, list) -> caller.when().get(WORD_LIST, list),
                        (response, list) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("words", notNullValue()),
                        list -> { }),
                adminRoute("PUT /api/v1/admin/word-lists/{list}", () -> "matrix-word-" + UUID.randomUUID(),
                        (caller, word) -> caller.contentType(ContentType.JSON).body(Map.of("words", List.of(word)))
                                .when().put(WORD_LIST, "moderation"),
                        (response, word) -> {
                            response.statusCode(200).contentType(ContentType.JSON).body("words", hasItem(word));
                            Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of()))
                                    .when().put(WORD_LIST, "moderation").then().statusCode(200);
                        },
                        word -> Moderators.asAdmin().when().get(WORD_LIST, "moderation")
                                .then().body("words", not(hasItem(word)))),
                adminRoute("GET /api/v1/admin/classifier", () -> "classifier",
                        (caller, ignored) -> caller.when().get(CLASSIFIER),
                        (response, ignored) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("spam", greaterThanOrEqualTo(0))
                                .body("legitimate", greaterThanOrEqualTo(0))
                                .body("active", notNullValue()),
                        ignored -> { }),
                adminRoute("DELETE /api/v1/admin/classifier", SecurityMatrixTest::approvedByAdmin,
                        (caller, id) -> caller.when().delete(CLASSIFIER),
                        (response, id) -> {
                            response.statusCode(204).body(emptyOrNullString());
                            assertEquals(0L, Database.sql().number("select count(*) from classifier_example"),
                                    "every example is forgotten");
                        },
                        id -> assertEquals(1L, Database.sql().number(
                                "select count(*) from classifier_example where comment_id = ?", UUID.fromString(id)),
                                "the approval is still learned")),
                adminRoute("GET /api/v1/admin/personal-data", SecurityMatrixTest::readerWithComment,
                        (caller, email) -> caller.queryParam("email", email).when().get(PERSONAL_DATA),
                        (response, email) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("comments.email", equalTo(List.of(email))),
                        email -> { }),
                adminRoute("DELETE /api/v1/admin/personal-data", SecurityMatrixTest::readerWithComment,
                        (caller, email) -> caller.queryParam("email", email).when().delete(PERSONAL_DATA),
                        (response, email) -> {
                            response.statusCode(200).contentType(ContentType.JSON).body("comments", equalTo(1));
                            assertEquals(0L, unerased(email), "the comment is erased");
                        },
                        email -> assertEquals(1L, unerased(email), "the comment keeps its author")),
                adminRoute("POST /api/v1/admin/moderators", SecurityMatrixTest::unusedUsername,
                        (caller, username) -> caller.contentType(ContentType.JSON)
                                .body(Map.of("username", username, "password", Moderators.PASSWORD, "role", Role.MODERATOR))
                                .when().post("/api/v1/admin/moderators"),
                        (response, username) -> response.statusCode(201).contentType(ContentType.JSON)
                                .header("Location", startsWith("http"))
                                .body("username", equalTo(username))
                                .body("role", equalTo(Role.MODERATOR)),
                        username -> assertNull(account(username), "no account was created")),
                adminRoute("GET /api/v1/admin/moderators", () -> Moderators.ADMIN,
                        (caller, admin) -> caller.when().get("/api/v1/admin/moderators"),
                        (response, admin) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("username", hasItem(admin)),
                        admin -> { }),
                adminRoute("DELETE /api/v1/admin/moderators/{username}", SecurityMatrixTest::existingModerator,
                        (caller, username) -> caller.when().delete("/api/v1/admin/moderators/{username}", username),
                        (response, username) -> {
                            response.statusCode(204).body(emptyOrNullString());
                            assertNull(account(username), "the account is gone");
                        },
                        username -> assertNotNull(account(username), "the account is still there")),
                adminRoute("PUT /api/v1/admin/moderators/{username}", SecurityMatrixTest::existingModerator,
                        (caller, username) -> caller.contentType(ContentType.JSON).body(Map.of("role", Role.ADMIN))
                                .when().put("/api/v1/admin/moderators/{username}", username),
                        (response, username) -> {
                            response.statusCode(200).contentType(ContentType.JSON)
                                    .body("username", equalTo(username))
                                    .body("role", equalTo(Role.ADMIN));
                            assertEquals(Role.ADMIN, account(username).role, "the account is an administrator");
                        },
                        username -> assertEquals(Role.MODERATOR, account(username).role, "the role is unchanged")),
                adminRoute("POST /api/v1/admin/imports", SecurityMatrixTest::wordPressCommentId,
                        (caller, id) -> caller.contentType("application/xml; charset=UTF-8").body(oneCommentExport(id))
                                .when().post("/api/v1/admin/imports"),
                        (response, id) -> {
                            response.statusCode(200).contentType(ContentType.JSON)
                                    .body("format", equalTo("wordpress"))
                                    .body("imported", equalTo(1));
                            assertNotNull(importedFrom(id), "the comment was imported");
                        },
                        id -> assertNull(importedFrom(id), "nothing was imported")),
                adminRoute("GET /api/v1/admin/export", SecurityMatrixTest::pendingComment,
                        (caller, id) -> caller.when().get("/api/v1/admin/export"),
                        (response, id) -> response.statusCode(200).contentType(startsWith("application/xml"))
                                .body(org.hamcrest.Matchers.containsString("<wp:wxr_version>1.2</wp:wxr_version>")),
                        id -> { }));
    }

    /** A decision by filter on a thread with nothing to decide, asked for by the administrator. */
    private static String decisionJob() {
        return Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("action", "reject", "filter", Map.of("thread", Comments.newThread())))
                .when().post("/api/v1/moderation/decision-jobs")
                .then().statusCode(202).extract().path("id");
    }

    private static Stream<Route> webhookRoutes() {
        return Stream.of(
                adminRoute("POST " + WEBHOOKS, () -> "http://127.0.0.1:9/matrix-" + UUID.randomUUID(),
                        (caller, url) -> caller.contentType(ContentType.JSON)
                                .body(Map.of("url", url, "events", List.of("comment.deleted")))
                                .when().post(WEBHOOKS),
                        (response, url) -> response.statusCode(201).contentType(ContentType.JSON)
                                .header("Location", startsWith("http"))
                                .body("url", equalTo(url))
                                .body("secret", startsWith("whsec_")),
                        url -> assertEquals(0L, Database.sql().number("select count(*) from webhook_endpoint where url = ?", url))),
                adminRoute("GET " + WEBHOOKS, SecurityMatrixTest::webhook,
                        (caller, id) -> caller.when().get(WEBHOOKS),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON).body("id", hasItem(id)),
                        id -> { }),
                adminRoute("GET " + WEBHOOK, SecurityMatrixTest::webhook,
                        (caller, id) -> caller.when().get(WEBHOOK, id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON).body("id", equalTo(id)),
                        id -> { }),
                adminRoute("DELETE " + WEBHOOK, SecurityMatrixTest::webhook,
                        (caller, id) -> caller.when().delete(WEBHOOK, id),
                        (response, id) -> response.statusCode(204).body(emptyOrNullString()),
                        id -> assertEquals(1L, webhookCount(id), "the webhook is still there")),
                adminRoute("POST " + WEBHOOK + "/rotate", SecurityMatrixTest::webhook,
                        (caller, id) -> caller.contentType(ContentType.JSON).when().post(WEBHOOK + "/rotate", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON)
                                .body("secret", startsWith("whsec_")),
                        id -> assertEquals(0L, Database.sql().number(
                                "select count(*) from webhook_endpoint where id = ? and previous_secret is not null",
                                UUID.fromString(id)), "the secret is unchanged")),
                adminRoute("POST " + WEBHOOK + "/enable", SecurityMatrixTest::webhook,
                        (caller, id) -> caller.contentType(ContentType.JSON).when().post(WEBHOOK + "/enable", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON).body("enabled", equalTo(true)),
                        id -> { }),
                adminRoute("GET " + WEBHOOK + "/deliveries", SecurityMatrixTest::webhook,
                        (caller, id) -> caller.when().get(WEBHOOK + "/deliveries", id),
                        (response, id) -> response.statusCode(200).contentType(ContentType.JSON),
                        id -> { }));
    }

    /** A webhook endpoint that fails fast (the discard port) and hears of deletions only. */
    private static String webhook() {
        return Moderators.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/matrix", "events", List.of("comment.deleted")))
                .when().post(WEBHOOKS).then().statusCode(201).extract().path("id");
    }

    private static long webhookCount(String id) {
        return Database.sql().number("select count(*) from webhook_endpoint where id = ?", UUID.fromString(id));
    }

    static Stream<Route> adminRoutes() {
        return routes().filter(Route::adminOnly);
    }

    static Stream<Route> moderatorRoutes() {
        return routes().filter(route -> !route.adminOnly());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anonymousCallerIsChallengedToSignIn(Route route) {
        String target = route.target().get();

        expectChallenge(route.callOn(given(), target));
        route.unchanged().accept(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void wrongPasswordIsChallengedEvenRightAfterTheRightOne(Route route) {
        String target = route.target().get();
        Moderators.asAdmin().when().get("/api/v1/moderation/stats").then().statusCode(200);

        expectChallenge(route.callOn(given().auth().preemptive().basic(Moderators.ADMIN, "not-the-admin-password"), target));
        route.unchanged().accept(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void unknownUserIsChallenged(Route route) {
        String target = route.target().get();

        expectChallenge(route.callOn(given().auth().preemptive().basic("nobody-" + UUID.randomUUID(), Moderators.PASSWORD), target));
        route.unchanged().accept(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminRoutes")
    void moderatorIsForbiddenOnAdminRoutes(Route route) {
        RequestSpecification moderator = Moderators.as(MODERATOR);
        String target = route.target().get();

        route.callOn(moderator, target)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", nullValue())
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
        route.unchanged().accept(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moderatorRoutes")
    void moderatorCanUseModeratorRoutes(Route route) {
        RequestSpecification moderator = Moderators.as(MODERATOR);
        String target = route.target().get();

        route.succeeded().accept(route.callOn(moderator, target).then(), target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void adminCanUseEveryRoute(Route route) {
        String target = route.target().get();

        route.succeeded().accept(route.callOn(Moderators.asAdmin(), target).then(), target);
    }

    @Test
    void everyModerationAndAdminRouteIsInTheMatrix() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "patch", "delete").contains(method))
                .filter(method -> path.startsWith("/api/v1/moderation") || path.startsWith("/api/v1/admin"))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        assertEquals(documented, routes().map(Route::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void unknownUserAndWrongPasswordAreRefusedAlike() {
        String wrongPassword = given().auth().preemptive().basic(Moderators.ADMIN, "not-the-admin-password")
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(401).extract().asString();
        String unknownUser = given().auth().preemptive().basic("nobody-" + UUID.randomUUID(), "not-the-admin-password")
                .when().get("/api/v1/moderation/stats")
                .then().statusCode(401).extract().asString();

        assertEquals(wrongPassword, unknownUser);
    }

    @Test
    void otherAuthenticationSchemesAreChallenged() {
        expectChallenge(given().header("Authorization", "Bearer " + UUID.randomUUID())
                .when().get("/api/v1/moderation/stats"));
    }

    @Test
    void malformedBasicCredentialsAreChallenged() {
        expectChallenge(given().header("Authorization", "Basic not-base64!")
                .when().get("/api/v1/moderation/stats"));
    }

    @Test
    void anOverlongPasswordIsChallengedNotAnError() {
        expectChallenge(given().auth().preemptive().basic(Moderators.ADMIN, "x".repeat(300))
                .when().get("/api/v1/moderation/stats"));
    }

    @Test
    void usernamesAreCaseSensitive() {
        expectChallenge(given().auth().preemptive().basic(Moderators.ADMIN.toUpperCase(), Moderators.ADMIN_PASSWORD)
                .when().get("/api/v1/moderation/stats"));
    }

    @Test
    void anonymousCallerIsChallengedBeforeTheBodyIsRead() {
        long before = Comments.count();
        String id = pendingComment();

        expectChallenge(given().contentType(ContentType.JSON).body("{\"action\":")
                .when().post("/api/v1/moderation/comments/{id}/decision", id));
        expectChallenge(given().when().get("/api/v1/moderation/comments/{id}", "not-a-uuid"));
        assertEquals(before + 1, Comments.count());
    }

    private static void expectChallenge(Response response) {
        response.then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    private static Route moderatorRoute(String name, Supplier<String> target,
                                        BiFunction<RequestSpecification, String, Response> call,
                                        BiConsumer<ValidatableResponse, String> succeeded, Consumer<String> unchanged) {
        return new Route(name, false, target, call, succeeded, unchanged);
    }

    private static Route adminRoute(String name, Supplier<String> target,
                                    BiFunction<RequestSpecification, String, Response> call,
                                    BiConsumer<ValidatableResponse, String> succeeded, Consumer<String> unchanged) {
        return new Route(name, true, target, call, succeeded, unchanged);
    }

    /** The address of a reader with one pending comment, in capitals of its own. */
    private static String readerWithComment() {
        String email = "Matrix-" + UUID.randomUUID() + "@Example.org";
        Comments.submit(Comments.by(email, Comments.newThread()));
        return email;
    }

    private static long unerased(String email) {
        return Database.sql().number("select count(*) from comment where email = ? and erased_at is null", email);
    }

    private static String wordPressCommentId() {
        return Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L));
    }

    /** A WordPress export (WXR 1.2) of one approved comment with this id. */
    private static String oneCommentExport(String id) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">"
                + "<channel><item><link>https://news.example.com/matrix/</link><wp:post_id>" + id + "</wp:post_id>"
                + "<wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author>Ada</wp:comment_author>"
                + "<wp:comment_author_email>ada@example.org</wp:comment_author_email>"
                + "<wp:comment_date_gmt>2016-06-14 09:30:00</wp:comment_date_gmt>"
                + "<wp:comment_content>Imported.</wp:comment_content><wp:comment_approved>1</wp:comment_approved>"
                + "<wp:comment_parent>0</wp:comment_parent></wp:comment></item></channel></rss>";
    }

    private static java.util.UUID importedFrom(String wordPressId) {
        return Database.comments().findIdByWordPressId(null, Long.parseLong(wordPressId)).orElse(null);
    }

    private static String pendingComment() {
        return Comments.submit(Comments.valid(Comments.newThread()));
    }

    private static String threadWithPendingComment() {
        String thread = Comments.newThread();
        Comments.submit(Comments.valid(thread));
        return thread;
    }

    private static String approvedByAdmin() {
        return Comments.submitApproved(Comments.valid(Comments.newThread()));
    }

    private static void stillPending(String id) {
        assertEquals(CommentStatus.PENDING, Comments.find(id).status);
    }

    private static String unusedUsername() {
        return "matrix-" + UUID.randomUUID();
    }

    private static String existingModerator() {
        String username = unusedUsername();
        Moderators.ensure(username, Role.MODERATOR);
        return username;
    }

    private static Moderator account(String username) {
        return Arc.container().instance(ModeratorAccounts.class).get().find(username).orElse(null);
    }
}
