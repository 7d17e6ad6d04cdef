package dev.moderato.support;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

/** A browser's comment-form post. */
public final class Browser {

    private Browser() {
    }

    /** URL-encoded in UTF-8 with no charset parameter, as browsers send it; redirects are not followed. */
    public static RequestSpecification formPost() {
        return given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultContentCharset(StandardCharsets.UTF_8)
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.URLENC)
                .redirects().follow(false);
    }

    /** Posts the form and expects the page a browser shows next, 200 in HTML; returns the page. */
    public static String submit(Map<String, String> form) {
        return formPost().formParams(form)
                .when().post(Submissions.PATH)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
    }
}
