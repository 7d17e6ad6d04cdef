package dev.moderato.notify;

import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Server-side request forgery: webhooks reach no inside address, at registration nor at delivery time. */
@QuarkusTest
@TestProfile(PrivateAddressesRefusedProfile.class)
class WebhookAddressRefusalTest {

    @Inject
    WebhookEndpoints endpoints;

    @AfterEach
    void removeEndpoints() {
        Webhooks.deleteAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook",
            "http://10.0.0.7/hook", "https://192.168.1.20/hook", "http://172.20.0.1/hook",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/hook", "http://[fd00::7]/hook",
            "http://100.64.1.1/hook", "http://0.0.0.0/hook", "http://[::ffff:127.0.0.1]/hook"})
    void registrationRefusesInsideAddresses(String url) {
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("comment.created")))
                .when().post(Webhooks.PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("url"))
                .body("violations[0].message", equalTo(
                        "This URL reaches a loopback, private or link-local address; webhooks go to public addresses only."));
        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/hook", "example.org/hook", "https://user:pw@example.org/hook",
            "https:///hook", "not a url"})
    void registrationRefusesWhatIsNoWebhookUrl(String url) {
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("comment.created")))
                .when().post(Webhooks.PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("url"));
        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(0));
    }

    @Test
    void registrationRefusesUnknownEventsInTheReadersLanguage() {
        Moderators.asAdmin().contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(Map.of("url", "https://93.184.215.14/hooks", "events", List.of("comment.liked")))
                .when().post(Webhooks.PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("events"))
                .body("violations[0].message", equalTo("Un événement est comment.created, comment.approved, "
                        + "comment.rejected, comment.spam, comment.edited ou comment.deleted."));
        Moderators.asAdmin().contentType(ContentType.JSON).body(Map.of("url", "https://93.184.215.14/hooks", "events", List.of()))
                .when().post(Webhooks.PATH)
                .then().statusCode(400).body("violations[0].field", equalTo("events"));
        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(0));
    }

    @Test
    void theDashboardPageRefusesAnInsideAddressBesideItsForm() {
        Dashboard.Signed admin = Dashboard.asAdmin();

        String page = admin.browser().formParam("csrf", admin.csrf()).formParam("url", "http://169.254.169.254/latest/")
                .formParam("events", "comment.created").when().post("/dashboard/admin/webhooks")
                .then().statusCode(400).contentType("text/html").extract().asString();

        assertEquals("This URL reaches a loopback, private or link-local address; webhooks go to public addresses only.",
                Jsoup.parse(page).selectFirst("#webhook-url-error").text());
        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(0));
    }

    /** A name that resolved to a public address at registration may resolve to an inside one later: checked again at every delivery. */
    @Test
    void deliveryRefusesAnInsideAddressItResolvesTo() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID id = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> endpoints.insert(new Endpoint(id, receiver.url("/inside"),
                    List.of(EventType.CREATED), WebhookSignature.newSecret(), null, null, true, null, null, Instant.now())));

            Submissions.submit(Submissions.json(), Comments.valid("webhooks/inside"));

            long deadline = System.nanoTime() + 10_000_000_000L;
            List<String> errors = List.of();
            while (errors.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                errors = Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}/deliveries", id.toString())
                        .then().statusCode(200).extract().path("findAll { it.attempts > 0 }.error");
            }
            assertTrue(errors.contains("refused: loopback address"), "the attempt was refused: " + errors);
            assertTrue(receiver.received().isEmpty(), "nothing reached the receiver: " + receiver.received());
        }
    }
}
