package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.formToken;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.ModerationQueue.history;
import static dev.moderato.support.ModerationQueue.onlyQueued;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default minimum time between fetching a form token and posting the form is 3 s. */
@QuarkusTest
class FormTokenTest {

    @Test
    void issuesASignedTimestampThatIsNeverCached() {
        long before = System.currentTimeMillis();

        String token = given().when().get(COMMENTS + "/form-token")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", containsString("no-store"))
                .body("keySet()", containsInAnyOrder("token", "field", "honeypot"))
                .body("field", equalTo("moderato_token"))
                .body("honeypot", equalTo("hp_website"))
                .body("token", matchesPattern("[0-9]+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"))
                .extract().path("token");

        long issuedAt = Long.parseLong(token.substring(0, token.indexOf('.')));
        long after = System.currentTimeMillis();
        assertTrue(issuedAt >= before && issuedAt <= after, "issued at " + issuedAt);
    }

    @Test
    void formPostedRightAfterItsTokenIsSpamTooFastYetLooksLikeAnyOther() {
        String cleanThread = Comments.newThread();
        String fastThread = Comments.newThread();
        String clean = browser().formParams(form(cleanThread))
                .when().post(COMMENTS)
                .then().statusCode(200).extract().asString();

        String fast = browser().formParams(with(form(fastThread), "moderato_token", formToken()))
                .when().post(COMMENTS)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();

        assertEquals(clean, fast);
        JsonPath spam = onlyQueued("spam", fastThread);
        assertEquals(List.of("too_fast"), spam.getList("reasons.code"));
        JsonPath history = history(spam.getString("id"));
        assertEquals(List.of("system"), history.getList("actor"));
        assertEquals(List.of("spam"), history.getList("action"));
        assertEquals(List.of("spam"), history.getList("toStatus"));
        assertEquals(List.of("too_fast"), history.getList("reason"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbled", "1700000000000", "1700000000000.", ".c2lnbmF0dXJl", "not-a-time.c2lnbmF0dXJl",
            "1700000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void tokenModeratoDidNotIssueIsSpamBadToken(String token) {
        String thread = Comments.newThread();

        browser().formParams(with(form(thread), "moderato_token", token))
                .when().post(COMMENTS)
                .then().statusCode(200).contentType(startsWith("text/html"));

        assertEquals(List.of("bad_token"), onlyQueued("spam", thread).getList("reasons.code"));
    }

    @Test
    void backdatedTokenIsSpamBadTokenNotOldEnough() {
        String thread = Comments.newThread();
        String fresh = formToken();
        long issuedAt = Long.parseLong(fresh.substring(0, fresh.indexOf('.')));
        String backdated = (issuedAt - 60_000) + fresh.substring(fresh.indexOf('.'));

        browser().formParams(with(form(thread), "moderato_token", backdated))
                .when().post(COMMENTS)
                .then().statusCode(200);

        assertEquals(List.of("bad_token"), onlyQueued("spam", thread).getList("reasons.code"));
    }

    @Test
    void formWithoutTokenIsJudgedByTheOtherChecksOnly() {
        String thread = Comments.newThread();

        browser().formParams(with(form(thread), "moderato_token", " "))
                .when().post(COMMENTS)
                .then().statusCode(200);

        assertEquals(List.of(), onlyQueued("pending", thread).getList("reasons"));
    }
}
