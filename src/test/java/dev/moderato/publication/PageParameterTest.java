package dev.moderato.publication;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** A page or size that is no whole number in range is a 400 that names the parameter, on the public list and the queue. */
@QuarkusTest
class PageParameterTest {

    @ParameterizedTest(name = "{0}={1} on {2}")
    @CsvSource({
            "size, abc, public, The page size must be a whole number between 1 and 200.",
            "size, 1.5, public, The page size must be a whole number between 1 and 200.",
            "size, 201, public, The page size must be between 1 and 200.",
            "size, 99999999999999999999, public, The page size must be between 1 and 200.",
            "page, 1e3, public, The page must be a whole number from 0 to 2147483647.",
            "page, 99999999999, public, The page must be a whole number from 0 to 2147483647.",
            "page, -1, public, The page must be 0 or more.",
            "page, -99999999999999999999, public, The page must be 0 or more.",
            "page, ' ', public, The page must be a whole number from 0 to 2147483647.",
            "size, abc, queue, The page size must be a whole number between 1 and 200.",
            "page, 1e3, queue, The page must be a whole number from 0 to 2147483647.",
            "page, 99999999999, queue, The page must be a whole number from 0 to 2147483647."})
    void refusesAParameterThatIsNoWholeNumberInRange(String parameter, String value, String route, String message) {
        RequestSpecification request = route.equals("public")
                ? given().queryParam("thread", Comments.newThread())
                : Moderators.asAdmin();
        request.queryParam(parameter, value)
                .when().get(route.equals("public") ? "/api/v1/comments" : "/api/v1/moderation/comments")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].message", equalTo(message));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page, 0", "page, 2147483647", "size, 1", "size, 200", "page, +1"})
    void acceptsEveryWholeNumberInRange(String parameter, String value) {
        given().queryParam("thread", Comments.newThread()).queryParam(parameter, value)
                .when().get("/api/v1/comments")
                .then().statusCode(200);
    }
}
