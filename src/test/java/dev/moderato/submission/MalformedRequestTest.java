package dev.moderato.submission;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MalformedRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"thread\":", "not json at all", "[1,2,3]", "{\"name\": {\"nested\": true}}", "\"just a string\""})
    void refusesMalformedJsonWithoutLeakingInternals(String body) {
        long before = Comments.count();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("JSON"))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("dev.moderato")));
        assertEquals(before, Comments.count());
    }

    @Test
    void refusesAnEmptyJsonBody() {
        long before = Comments.count();
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertEquals(before, Comments.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "multipart/form-data; boundary=x"})
    void refusesUnsupportedMediaTypes(String contentType) {
        long before = Comments.count();
        given().contentType(contentType).body("--x--".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/comments")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415))
                .body("title", equalTo("Unsupported Media Type"));
        assertEquals(before, Comments.count());
    }

    @Test
    void refusesAJsonBodyOverSixtyFourKibibytes() {
        long before = Comments.count();
        var comment = Comments.valid(Comments.newThread());
        comment.put("body", "x".repeat(64 * 1024));
        given().contentType(ContentType.JSON).body(comment)
                .when().post("/api/v1/comments")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertEquals(before, Comments.count());
    }

    @Test
    void answersUnknownRoutesWithAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void answersAWrongMethodWithAProblem() {
        given().when().delete("/api/v1/comments")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }
}
