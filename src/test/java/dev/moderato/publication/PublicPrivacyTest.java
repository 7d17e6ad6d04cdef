package dev.moderato.publication;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.moderato.support.Comments.valid;
import static dev.moderato.support.Comments.with;
import static dev.moderato.support.Submissions.from;
import static dev.moderato.support.Submissions.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Email, IP and user agent are kept for moderators and never leave through a public endpoint. */
@QuarkusTest
class PublicPrivacyTest {

    private static final String COMMENTS = "/api/v1/comments";
    private static final String EMAIL = "zelda.private+leakcheck@secret-mail.example";
    private static final String USER_AGENT = "LeakProbe/7.3 (unique-agent-9f2c41)";
    private static final String FORWARDED_FOR = "203.0.113.77";
    private static final String LOOPBACK = "127.0.0.1";

    @Test
    void personalDataNeverAppearsInPublicResponsesButIsStoredForModerators() {
        String thread = Comments.newThread();

        Response receipt = post(withPersonalData(), with(valid(thread), "email", EMAIL)).extract().response();
        receipt.then().statusCode(202)
                .contentType(startsWith("application/json"))
                .body("keySet()", containsInAnyOrder("id", "status", "thread", "createdAt"))
                .body("status", equalTo("pending"))
                .body("thread", equalTo(thread));
        assertNoPersonalData(receipt);
        String id = receipt.path("id");
        Comments.setStatus(id, CommentStatus.APPROVED);

        Response list = given().queryParam("thread", thread).when().get(COMMENTS);
        list.then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items.id", contains(id))
                .body("items[0].keySet()",
                        containsInAnyOrder("id", "parentId", "name", "website", "body", "html", "createdAt"));
        assertNoPersonalData(list);

        Response count = given().queryParam("thread", thread).when().get(COMMENTS + "/count");
        count.then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'" + thread + "'", equalTo(1));
        assertNoPersonalData(count);

        Comment stored = Comments.find(id);
        assertThat(stored.email, equalTo(EMAIL));
        assertThat(stored.userAgent, equalTo(USER_AGENT));
        assertThat("X-Forwarded-For is not believed from an untrusted peer", stored.ip, equalTo(LOOPBACK));
    }

    @Test
    void commentWithoutWebsiteCarriesTheSamePublicFieldsAndNothingPersonal() {
        String thread = Comments.newThread();
        Map<String, Object> comment = with(valid(thread), "email", EMAIL);
        comment.remove("website");
        Response receipt = post(withPersonalData(), comment).extract().response();
        receipt.then().statusCode(202);
        String id = receipt.path("id");
        Comments.setStatus(id, CommentStatus.APPROVED);

        Response list = given().queryParam("thread", thread).when().get(COMMENTS);
        list.then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items.id", contains(id))
                .body("items[0].website", nullValue())
                .body("items[0].keySet()",
                        containsInAnyOrder("id", "parentId", "name", "website", "body", "html", "createdAt"));
        assertNoPersonalData(list);
    }

    @Test
    void rejectedSubmissionDoesNotEchoPersonalData() {
        Response problem = given().contentType(ContentType.JSON)
                .header("User-Agent", USER_AGENT)
                .body(with(with(valid(Comments.newThread()), "email", EMAIL), "website", "javascript:alert(1)"))
                .when().post(COMMENTS);

        problem.then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("website"));
        assertNoPersonalData(problem);
    }

    /** A JSON request from a browser that names itself, through a proxy that names the client. */
    private static RequestSpecification withPersonalData() {
        return from(FORWARDED_FOR).header("User-Agent", USER_AGENT);
    }

    private static void assertNoPersonalData(Response response) {
        String raw = response.asString();
        String headers = response.headers().toString();
        for (String secret : new String[]{EMAIL, "secret-mail.example", USER_AGENT, "unique-agent-9f2c41", LOOPBACK,
                FORWARDED_FOR}) {
            assertThat("body", raw, not(containsString(secret)));
            assertThat("headers", headers, not(containsString(secret)));
        }
    }
}
