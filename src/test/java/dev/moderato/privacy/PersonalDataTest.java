package dev.moderato.privacy;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.CapturedLog;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access and erasure requests through the admin API, across statuses and tables, with the address in other capitals. */
@QuarkusTest
@TestProfile(PersonalDataProfile.class)
class PersonalDataTest {

    private static final String PATH = "/api/v1/admin/personal-data";
    private static final String PUBLIC = "/api/v1/comments";

    /** A reader whose every personal value is unique to the test, so that any trace of them anywhere is theirs. */
    record Reader(String email, String name, String ip, String userAgent, String website) {

        static Reader next() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Reader("Reader." + tag + "@Example.ORG", "Name" + tag, Submissions.newAddress(),
                    "Agent" + tag + "/1.0", "https://site" + tag + ".example.net");
        }

        /** Submits a comment as this reader, the address typed with these capitals. */
        String comment(String thread, String typedEmail, String parentId) {
            Map<String, Object> comment = Comments.unique(thread, typedEmail);
            comment.put("name", name);
            comment.put("website", website);
            if (parentId != null) {
                comment.put("parentId", parentId);
            }
            return Submissions.submit(Submissions.from(ip).header("User-Agent", userAgent), comment);
        }

        List<String> values() {
            return List.of(email, name, ip, userAgent, website.substring("https://".length()));
        }
    }

    /** One reader's comments in every status, in three spellings of the address, and a reply by someone else. */
    record Fixture(String thread, Reader reader, Reader other, Map<CommentStatus, String> ids, String reply) {

        static Fixture build() {
            String thread = Comments.newThread();
            Reader reader = Reader.next();
            Reader other = Reader.next();
            // Before the approval, which makes the reader a trusted author: later comments are published at once.
            String pending = reader.comment(thread, reader.email().toUpperCase(Locale.ROOT), null);
            String approved = reader.comment(thread, reader.email(), null);
            decide(approved, "approve", "Fine, said " + reader.email().toLowerCase(Locale.ROOT));
            String rejected = reader.comment(thread, reader.email().toLowerCase(Locale.ROOT), null);
            decide(rejected, "reject", "Off topic (" + reader.name() + ")");
            String spam = reader.comment(thread, reader.email(), null);
            decide(spam, "spam", null);
            String reply = other.comment(thread, other.email(), approved);
            decide(reply, "approve", null);
            return new Fixture(thread, reader, other, Map.of(CommentStatus.APPROVED, approved,
                    CommentStatus.PENDING, pending, CommentStatus.REJECTED, rejected, CommentStatus.SPAM, spam), reply);
        }

        private static void decide(String id, String action, String reason) {
            Map<String, Object> decision = new java.util.HashMap<>(Map.of("action", action));
            if (reason != null) {
                decision.put("reason", reason);
            }
            Moderators.asAdmin().header("If-Match", "*").contentType(ContentType.JSON).body(decision)
                    .when().post("/api/v1/moderation/comments/{id}/decision", id)
                    .then().statusCode(200);
        }
    }

    @Test
    void exportsEveryCommentOfTheAddressInAnyStatusAndCapitals() {
        Fixture fixture = Fixture.build();
        Reader reader = fixture.reader();

        JsonPath export = Moderators.asAdmin().queryParam("email", reader.email().toLowerCase(Locale.ROOT))
                .when().get(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("comments.id", containsInAnyOrder(fixture.ids().values().toArray()))
                .body("comments.status", containsInAnyOrder("approved", "pending", "rejected", "spam"))
                .body("comments.name", everyItem(equalTo(reader.name())))
                .body("comments.ip", everyItem(equalTo(reader.ip())))
                .body("comments.userAgent", everyItem(equalTo(reader.userAgent())))
                .body("comments.website", everyItem(equalTo(reader.website())))
                .body("comments.thread", everyItem(equalTo(fixture.thread())))
                .body("comments.body", everyItem(notNullValue()))
                .body("trustedAuthor", equalTo(true))
                .extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat("each address as it was typed", export.getList("comments.email", String.class),
                containsInAnyOrder(reader.email(), reader.email().toUpperCase(Locale.ROOT),
                        reader.email().toLowerCase(Locale.ROOT), reader.email()));
        List<String> reasons = new ArrayList<>();
        export.getList("comments.history.reason").forEach(entries -> reasons.addAll(cast(entries)));
        assertTrue(reasons.contains("Off topic (" + reader.name() + ")"), "moderators' reasons are exported: " + reasons);
        assertFalse(export.prettify().contains(fixture.reply()), "someone else's comment is not in the export");
    }

    @Test
    void erasureLeavesNothingPersonalInAnyTableOrResponse() {
        Fixture fixture = Fixture.build();
        Reader reader = fixture.reader();
        for (String value : reader.values()) {
            assertFalse(EverywhereStored.holding(value).isEmpty(), "the search finds what is there: " + value);
        }

        Moderators.asAdmin().queryParam("email", reader.email().toUpperCase(Locale.ROOT))
                .when().delete(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("comments", equalTo(4))
                .body("trustedAuthor", equalTo(1));

        for (String value : reader.values()) {
            assertEquals(List.of(), EverywhereStored.holding(value), "columns still holding " + value);
        }
        // The export names the address it was asked about, and holds nothing else of the reader.
        Moderators.asAdmin().queryParam("email", reader.email()).when().get(PATH)
                .then().statusCode(200).body("comments", empty()).body("trustedAuthor", equalTo(false))
                .body("subscriptions", empty()).body("size()", equalTo(4));
        List<String> responses = new ArrayList<>();
        for (CommentStatus status : CommentStatus.values()) {
            String id = fixture.ids().get(status);
            responses.add(Moderators.asAdmin().queryParam("status", status.wireName()).queryParam("thread", fixture.thread())
                    .when().get("/api/v1/moderation/comments").then().statusCode(200)
                    .body("items.id", hasItem(id)).extract().asString());
            responses.add(Moderators.asAdmin().when().get("/api/v1/moderation/comments/{id}", id)
                    .then().statusCode(200)
                    .body("name", equalTo("Anonymous")).body("email", nullValue()).body("ip", nullValue())
                    .body("userAgent", nullValue()).body("website", nullValue()).body("status", equalTo(status.wireName()))
                    .body("body", notNullValue())
                    .extract().asString());
            responses.add(Moderators.asAdmin().when().get("/api/v1/moderation/comments/{id}/history", id)
                    .then().statusCode(200)
                    .body("findAll { it.action == 'erase' }.actor", equalTo(List.of(Moderators.ADMIN)))
                    .body("reason", everyItem(nullValue()))
                    .extract().asString());
        }
        responses.add(given().queryParam("thread", fixture.thread()).when().get(PUBLIC)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.id == '" + fixture.ids().get(CommentStatus.APPROVED) + "' }.name", equalTo("Anonymous"))
                .body("items.find { it.id == '" + fixture.ids().get(CommentStatus.APPROVED) + "' }.erased", equalTo(true))
                .body("items.find { it.id == '" + fixture.reply() + "' }.parentId", equalTo(fixture.ids().get(CommentStatus.APPROVED)))
                .body("items.find { it.id == '" + fixture.reply() + "' }.name", equalTo(fixture.other().name()))
                .body("items.find { it.id == '" + fixture.reply() + "' }.erased", nullValue())
                .extract().asString());
        responses.add(given().header("Accept-Language", "fr-FR, en;q=0.5").queryParam("thread", fixture.thread())
                .when().get(PUBLIC)
                .then().statusCode(200).header("Vary", containsString("Accept-Language"))
                .body("items.find { it.id == '" + fixture.ids().get(CommentStatus.APPROVED) + "' }.name", equalTo("Anonyme"))
                .extract().asString());
        for (String response : responses) {
            for (String value : reader.values()) {
                assertFalse(response.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)),
                        value + " in " + response);
            }
        }
        assertFalse(EverywhereStored.holding(fixture.other().email()).isEmpty(), "the other reader keeps their address");
    }

    @Test
    void erasingAgainFindsNothingLeft() {
        Fixture fixture = Fixture.build();
        String email = fixture.reader().email();
        Moderators.asAdmin().queryParam("email", email).when().delete(PATH).then().statusCode(200).body("comments", equalTo(4));

        Moderators.asAdmin().queryParam("email", email).when().delete(PATH)
                .then().statusCode(200).body("comments", equalTo(0)).body("trustedAuthor", equalTo(0));
    }

    @Test
    void anErasedCommentCanStillBeDecidedAndEdited() {
        Fixture fixture = Fixture.build();
        Moderators.asAdmin().queryParam("email", fixture.reader().email()).when().delete(PATH).then().statusCode(200);
        String pending = fixture.ids().get(CommentStatus.PENDING);

        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("action", "approve"))
                .when().post("/api/v1/moderation/comments/{id}/decision", pending)
                .then().statusCode(200).body("status", equalTo("approved")).body("email", nullValue());
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("body", "Edited after the erasure."))
                .when().patch("/api/v1/moderation/comments/{id}", pending)
                .then().statusCode(200).body("name", equalTo("Anonymous"));
    }

    @Test
    void refusesARequestWithoutAnAddressAndChangesNothing() {
        Fixture fixture = Fixture.build();
        for (String email : new String[] {"", "   "}) {
            Moderators.asAdmin().queryParam("email", email).when().delete(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("email"));
        }
        Moderators.asAdmin().header("Accept-Language", "fr").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].message", equalTo("Indiquez l'adresse e-mail à chercher."));
        Moderators.asAdmin().queryParam("email", "a".repeat(250) + "@x.org").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(fixture.reader().name(), Comments.find(fixture.ids().get(CommentStatus.SPAM)).name);
    }

    @Test
    void trustsTheSameAuthorWhateverCapitalsTheyType() {
        String thread = Comments.newThread();
        Reader reader = Reader.next();
        Fixture.decide(reader.comment(thread, reader.email().toUpperCase(Locale.ROOT), null), "approve", null);

        Map<String, Object> next = Comments.unique(thread, reader.email().toLowerCase(Locale.ROOT));
        Submissions.post(Submissions.from(reader.ip()), next).statusCode(202).body("status", equalTo("approved"));
    }

    @Test
    void logsNothingPersonalWhileExportingAndErasing() {
        Fixture fixture;
        try (CapturedLog log = CapturedLog.start("dev.moderato", "io.quarkus", "io.agroal")) {
            fixture = Fixture.build();
            Moderators.asAdmin().queryParam("email", fixture.reader().email()).when().get(PATH).then().statusCode(200);
            Moderators.asAdmin().queryParam("email", fixture.reader().email()).when().delete(PATH).then().statusCode(200);
            List<String> lines = log.lines();
            for (String value : fixture.reader().values()) {
                for (String line : lines) {
                    assertFalse(line.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)), value + " logged: " + line);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object entries) {
        List<String> reasons = new ArrayList<>();
        ((List<Object>) entries).forEach(reason -> reasons.add(reason == null ? null : reason.toString()));
        return reasons;
    }
}
