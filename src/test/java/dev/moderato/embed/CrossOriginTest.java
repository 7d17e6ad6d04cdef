package dev.moderato.embed;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The test profile allows https://news.example.com and http://localhost:3000. */
@QuarkusTest
class CrossOriginTest {

    private static final String SITE = "https://news.example.com";
    private static final String OTHER = "https://evil.example";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/comments?thread=t", "/api/v1/comments/count?thread=t",
            "/api/v1/comments/form-token", "/embed.js"})
    void publicReadsAnswerAnAllowedOrigin(String path) {
        given().header("Origin", SITE)
                .when().get(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/comments?thread=t", "/api/v1/comments/count?thread=t", "/embed.js"})
    void publicReadsGiveAnotherOriginNoCorsHeaders(String path) {
        given().header("Origin", OTHER)
                .when().get(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aSubmissionFromAnAllowedOriginCanBeReadByItsPage() {
        given().header("Origin", "http://localhost:3000").contentType(ContentType.JSON)
                .body(Comments.valid(Comments.newThread()))
                .when().post(Submissions.PATH)
                .then().statusCode(202)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
    }

    @Test
    void preflightFromAnAllowedOriginAllowsGetAndPostWithContentType() {
        given().header("Origin", SITE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options(Submissions.PATH)
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Allow-Methods", equalTo("GET, POST"))
                .header("Access-Control-Allow-Headers", equalTo("Content-Type"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {OTHER, "https://news.example.com.evil.example", "http://news.example.com", "null"})
    void preflightFromAnotherOriginGetsNoCorsHeaders(String origin) {
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .when().options(Submissions.PATH)
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void preflightForAnotherMethodIsNotAllowed() {
        given().header("Origin", SITE)
                .header("Access-Control-Request-Method", "DELETE")
                .when().options(Submissions.PATH)
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/moderation/comments", "/api/v1/moderation/stats", "/api/v1/admin/moderators"})
    void moderatorAndAdminApisNeverAnswerCors(String path) {
        Moderators.ensure("cora", "admin");
        given().header("Origin", SITE).auth().preemptive().basic("cora", Moderators.PASSWORD)
                .when().get(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", SITE)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options(path)
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @Test
    void anAnonymousModeratorAnswerCarriesNoCorsHeaders() {
        given().header("Origin", SITE)
                .when().get("/api/v1/moderation/comments")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
