package dev.moderato.notify;

import dev.moderato.support.Moderators;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

/** The webhooks' admin API, as tests call it. */
final class Webhooks {

    static final String PATH = "/api/v1/admin/webhooks";

    private Webhooks() {
    }

    /** Registers the URL for these events; the answer holds the id and the secret. */
    static ExtractableResponse<Response> register(String url, String... events) {
        return Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of(events)))
                .when().post(PATH).then().statusCode(201).extract();
    }

    static void deleteAll() {
        List<String> ids = Moderators.asAdmin().when().get(PATH).then().statusCode(200).extract().path("id");
        ids.forEach(id -> Moderators.asAdmin().when().delete(PATH + "/{id}", id).then().statusCode(204));
    }
}
