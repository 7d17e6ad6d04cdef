package dev.moderato.moderation;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static dev.moderato.moderation.Moderation.COMMENT;
import static dev.moderato.moderation.Moderation.PUBLIC_COMMENTS;
import static dev.moderato.moderation.Moderation.decide;
import static dev.moderato.moderation.Moderation.decided;
import static dev.moderato.moderation.Moderation.pending;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Readers hammer a thread's pages while comments of it are approved one by one, and another
 * moderator keeps editing a published comment of the same thread, so that page loads are in
 * flight when each decision commits. A load that read the database before a commit must not
 * survive it: once a decision has returned, the next read shows the comment, every time.
 */
@QuarkusTest
class DecisionRacingReadersTest {

    private static final int ROUNDS = 25;
    private static final int READERS = 6;
    /** The checked read asks for 200; the others keep neighbouring pages loading too. */
    private static final int[] SIZES = {200, 100, 50};

    @TestHTTPResource("/")
    URI server;

    @Test
    void noReadAfterADecisionServesAPageLoadedBeforeIt() throws Exception {
        String thread = Comments.newThread();
        String churned = decided(thread, "approve");
        List<String> ids = IntStream.range(0, ROUNDS).mapToObj(i -> pending(thread)).toList();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        HttpClient http = HttpClient.newHttpClient();
        List<String> stale = new ArrayList<>();
        try {
            List<Future<?>> background = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                background.add(pool.submit(() -> hammer(http, thread, running)));
            }
            background.add(pool.submit(() -> churn(churned, running)));

            for (int i = 0; i < ROUNDS; i++) {
                decide(Moderators.as("alice"), ids.get(i), "approve").statusCode(200);
                List<String> listed = given().queryParam("thread", thread).queryParam("size", 200)
                        .when().get(PUBLIC_COMMENTS)
                        .then().statusCode(200)
                        .extract().jsonPath().getList("items.id", String.class);
                if (!listed.containsAll(ids.subList(0, i + 1))) {
                    stale.add("after approving #" + i + " the list held " + (listed.size() - 1) + " of them");
                }
            }
            running.set(false);
            for (Future<?> each : background) {
                each.get();
            }
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertEquals(List.of(), stale);
    }

    /** Reads the first page in a few sizes, so several loads of the thread are in flight at once. */
    private Void hammer(HttpClient http, String thread, AtomicBoolean running) throws Exception {
        String encoded = URLEncoder.encode(thread, StandardCharsets.UTF_8);
        while (running.get()) {
            int size = SIZES[ThreadLocalRandom.current().nextInt(SIZES.length)];
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            server.resolve(PUBLIC_COMMENTS + "?thread=" + encoded + "&size=" + size)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        }
        return null;
    }

    /** Every edit of a published comment drops the thread's pages, and the readers load them again. */
    private Void churn(String id, AtomicBoolean running) {
        for (int n = 0; running.get(); n++) {
            Moderators.as("bob").contentType(ContentType.JSON).body(Map.of("body", "Edit number " + n))
                    .when().patch(COMMENT, id)
                    .then().statusCode(200);
        }
        return null;
    }
}
