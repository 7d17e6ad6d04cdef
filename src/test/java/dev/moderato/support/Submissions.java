package dev.moderato.support;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Comments posted as JSON to the submission endpoint, from the client a test chooses, and the receipt checked.
 * Form posts: {@link Browser}.
 */
public final class Submissions {

    public static final String PATH = "/api/v1/comments";
    /** What a receipt's Content-Type starts with. */
    private static final String JSON = "application/json";

    /** 198.18.0.0/15 is set aside for benchmarks: no real client has these addresses. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private Submissions() {
    }

    /** A JSON request, for a test to add headers to. */
    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** A JSON request whose X-Forwarded-For names the client: believed only from a proxy the profile trusts. */
    public static RequestSpecification from(String address) {
        return json().header("X-Forwarded-For", address);
    }

    /** Posts the comment as JSON; the answer is the test's to check. */
    public static ValidatableResponse post(Map<String, Object> comment) {
        return post(json(), comment);
    }

    public static ValidatableResponse post(RequestSpecification request, Map<String, Object> comment) {
        return request.body(comment).when().post(PATH).then();
    }

    /** Posts the comment and expects its receipt: 202, in JSON. */
    public static ExtractableResponse<Response> receipt(Map<String, Object> comment) {
        return receipt(json(), comment);
    }

    public static ExtractableResponse<Response> receipt(RequestSpecification request, Map<String, Object> comment) {
        return post(request, comment).statusCode(202).contentType(JSON).extract();
    }

    /** Posts the comment, expects its receipt and returns the new comment's id. */
    public static String submit(RequestSpecification request, Map<String, Object> comment) {
        return receipt(request, comment).path("id");
    }

    /** Posts the comment, expects a receipt with this status ("pending", "approved") and returns the id. */
    public static String submitExpecting(String status, Map<String, Object> comment) {
        return post(comment).statusCode(202).contentType(JSON)
                .body("status", equalTo(status))
                .extract().path("id");
    }

    /** An email address no other test uses, so per-email limits and trust do not leak between tests. */
    public static String newEmail() {
        return "reader-" + UUID.randomUUID() + "@example.org";
    }

    /** A client address no other test uses, for X-Forwarded-For behind a trusted proxy. */
    public static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }
}
