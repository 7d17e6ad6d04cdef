package dev.moderato.privacy;

import com.icegreen.greenmail.util.GreenMail;
import dev.moderato.notify.MailProfile;
import dev.moderato.notify.ReplyMailProfile;
import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reply notifications' subscriptions are personal data: the address's export lists them, its erasure removes them. */
@QuarkusTest
@TestProfile(ReplyMailProfile.class)
class SubscriptionPersonalDataTest {

    private static final String PATH = "/api/v1/admin/personal-data";

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = MailProfile.startSmtp();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void exportListsTheAddressSubscriptionsWithoutTheirTokens() {
        String email = "Sub." + UUID.randomUUID() + "@Example.ORG";
        String thread = Comments.newThread();
        String id = subscribe(thread, email);
        String token = tokenOf(id);

        String export = Moderators.asAdmin().queryParam("email", email.toLowerCase(Locale.ROOT))
                .when().get(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("subscriptions.commentId", contains(id))
                .body("subscriptions.thread", contains(thread))
                .body("subscriptions.language", contains("fr"))
                .body("subscriptions.confirmed", contains(false))
                .extract().asString();
        assertEquals(-1, export.indexOf(token), "the token is the subscriber's credential, not theirs to hand around");

        Browser.formPost().when().post("/api/v1/subscriptions/{token}", token).then().statusCode(200);
        Moderators.asAdmin().queryParam("email", email).when().get(PATH)
                .then().statusCode(200).body("subscriptions.confirmed", contains(true));
    }

    @Test
    void erasureRemovesTheSubscriptionsAndTheirUnsentMails() {
        String email = "Sub." + UUID.randomUUID() + "@Example.ORG";
        String id = subscribe(Comments.newThread(), email);
        String token = tokenOf(id);

        Moderators.asAdmin().queryParam("email", email.toUpperCase(Locale.ROOT))
                .when().delete(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("comments", equalTo(1))
                .body("subscriptions", equalTo(1));

        assertEquals(List.of(), EverywhereStored.holding(email), "columns still holding the address");
        assertEquals(0, Database.sql().number("select count(*) from reply_mail where token = ?", token));
        Moderators.asAdmin().queryParam("email", email).when().get(PATH)
                .then().statusCode(200).body("subscriptions", empty());
        given().when().get("/api/v1/subscriptions/{token}", token)
                .then().statusCode(404).body(not(containsString(thread(id))));
        Moderators.asAdmin().queryParam("email", email).when().delete(PATH)
                .then().statusCode(200).body("subscriptions", equalTo(0));
    }

    @Test
    void aDeletedCommentTakesItsSubscriptionWithIt() {
        String email = "Sub." + UUID.randomUUID() + "@Example.ORG";
        String id = subscribe(Comments.newThread(), email);
        String token = tokenOf(id);

        Moderators.asAdmin().when().delete("/api/v1/moderation/comments/{id}", id).then().statusCode(204);

        assertEquals(0, Database.sql().number("select count(*) from reply_subscription where token = ?", token));
        assertEquals(0, Database.sql().number("select count(*) from reply_mail where token = ?", token));
    }

    private static String subscribe(String thread, String email) {
        return Submissions.submit(Submissions.json().header("Accept-Language", "fr"),
                Comments.with(Comments.unique(thread, email), "notifyReplies", true));
    }

    private static String tokenOf(String commentId) {
        return Database.sql().first("select token from reply_subscription where comment_id = ?",
                row -> row.getString("token"), UUID.fromString(commentId)).orElseThrow();
    }

    private static String thread(String commentId) {
        return Comments.find(commentId).thread;
    }
}
