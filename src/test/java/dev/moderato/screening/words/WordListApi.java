package dev.moderato.screening.words;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static dev.moderato.support.Moderators.asAdmin;

/** Word lists through the admin API, for tests that set them up and put them back. */
final class WordListApi {

    static final String PATH = "/api/v1/admin/word-lists/";

    private WordListApi() {
    }

    static void replace(String list, String... words) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("words", List.of(words)))
                .when().put(PATH + list)
                .then().statusCode(200);
    }

    static List<String> words(String list) {
        return asAdmin().when().get(PATH + list)
                .then().statusCode(200)
                .extract().jsonPath().getList("words", String.class);
    }

    /** Other test classes share the database and expect empty lists. */
    static void empty() {
        replace("disallowed");
        replace("moderation");
    }
}
