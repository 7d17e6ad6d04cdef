package dev.moderato.notify;

import dev.moderato.support.Database;
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

    /**
     * Registers the URL for these events; the answer holds the id and the secret. Waits first for the outbox to be
     * empty: an event of an earlier test still in it would go to the new endpoint too, and take an answer lined up
     * for this test's comments.
     */
    static ExtractableResponse<Response> register(String url, String... events) {
        awaitEmptyOutbox();
        return Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of(events)))
                .when().post(PATH).then().statusCode(201).extract();
    }

    static void awaitEmptyOutbox() {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (Database.sql().number("select count(*) from outbox_event") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox was not emptied within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void deleteAll() {
        List<String> ids = Moderators.asAdmin().when().get(PATH).then().statusCode(200).extract().path("id");
        ids.forEach(id -> Moderators.asAdmin().when().delete(PATH + "/{id}", id).then().statusCode(204));
    }
}
