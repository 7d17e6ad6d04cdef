package dev.moderato.screening;

import dev.moderato.support.Browser;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** What the screening and thread tests do again and again: post forms, read what the public and the database hold. */
public final class Screenings {

    public static final String COMMENTS = "/api/v1/comments";
    public static final String THREADS = "/api/v1/moderation/threads";
    public static final String MODERATOR = "screening-moderator";

    public static final String RECEIVED_TITLE = "Thank you — your comment is awaiting moderation";
    public static final String PUBLISHED_TITLE = "Thank you — your comment is published";

    private Screenings() {
    }

    /** URL-encoded in UTF-8 as browsers send it; redirects are not followed. */
    public static RequestSpecification browser() {
        return Browser.formPost();
    }

    public static RequestSpecification moderator() {
        return Moderators.as(MODERATOR);
    }

    /** A complete, valid form under Moderato's own field names. */
    public static Map<String, String> form(String thread) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("thread", thread);
        form.put("name", "Ada Lovelace");
        form.put("email", "ada@example.org");
        form.put("body", "A thoughtful remark about the article.");
        return form;
    }

    public static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }

    public static String formToken() {
        return given().when().get(COMMENTS + "/form-token")
                .then().statusCode(200)
                .extract().path("token");
    }

    public static List<Map<String, Object>> publicItems(String thread) {
        return given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    public static long storedIn(String thread) {
        return Database.sql().number("select count(*) from comment where thread = ?", thread);
    }
}
