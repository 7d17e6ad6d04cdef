package dev.moderato.notify;

import dev.moderato.support.CapturedLog;
import dev.moderato.support.Comments;
import dev.moderato.support.Dashboard;
import dev.moderato.support.Moderators;
import dev.moderato.support.Submissions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's webhooks page: register (the secret shown once), the delivery log, enable, rotate, delete after a
 * confirmation, the API's refusals beside the form; administrators only, in English and French.
 */
@QuarkusTest
class WebhooksPageTest {

    private static final String PAGE = "/dashboard/admin/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WebhookEndpoints endpoints;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        Webhooks.deleteAll();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() throws Exception {
        Webhooks.deleteAll();
        receiver.close();
    }

    @Test
    void anAdministratorRegistersAnEndpointSeesItsSecretOnceAndThenItsDeliveries() throws Exception {
        Dashboard.Signed admin = Dashboard.asAdmin();
        Document empty = Jsoup.parse(admin.page(PAGE));
        assertNotNull(empty.selectFirst("nav a[href=" + PAGE + "][aria-current=page]"), "the navigation names the page");
        assertNotNull(empty.selectFirst("#no-webhooks"));
        assertNotNull(empty.selectFirst("label[for=webhook-url]"));
        assertEquals(List.of("comment.created", "comment.approved", "comment.rejected", "comment.spam", "comment.edited",
                "comment.deleted"), empty.select("input[type=checkbox][name=events]").eachAttr("value"));
        for (Element box : empty.select("input[type=checkbox][name=events]")) {
            assertNotNull(empty.selectFirst("label[for='" + box.id() + "']"), "a label for " + box.id());
        }
        Webhooks.awaitEmptyOutbox();

        String secret;
        try (CapturedLog log = CapturedLog.start("dev.moderato")) {
            ExtractableResponse<Response> registered = admin.browser().formParam("csrf", admin.csrf())
                    .formParam("url", "  " + receiver.url("/page") + " ")
                    .formParam("events", "comment.created", "comment.approved")
                    .when().post(PAGE).then().extract();
            Document shown = html(registered, 200);
            assertNull(registered.header("Location"), "the secret is in the page, never in a redirect");
            assertEquals("no-store", registered.header("Cache-Control"), "and the page is never cached");
            secret = shown.selectFirst("#secret").attr("value");
            assertTrue(secret.startsWith("whsec_"), secret);
            assertTrue(shown.selectFirst("#secret").hasAttr("readonly"));
            assertTrue(shown.selectFirst("#secret-once").text().contains("it will not be shown again"));
            assertEquals(receiver.url("/page"), shown.selectFirst("#endpoint-title").text());
            assertEquals("comment.created, comment.approved", shown.selectFirst("#webhook-events").text());
            assertEquals("Enabled", shown.selectFirst("#webhook-state").text());
            String signedSecret = secret;
            assertTrue(log.lines().stream().noneMatch(line -> line.contains(signedSecret)), "the secret is never logged");
        }

        Document list = Jsoup.parse(admin.page(PAGE));
        assertEquals(1, list.select("#webhooks tbody tr").size());
        Element row = list.selectFirst("#webhooks tbody tr");
        assertEquals(receiver.url("/page"), row.selectFirst("a").text());
        assertTrue(row.text().contains("Enabled"), row.text());
        String id = row.id().substring("webhook-".length());
        assertFalse(list.html().contains(secret), "the list never shows the secret again");
        assertFalse(admin.page(PAGE + "/" + id).contains(secret), "nor the endpoint's page");
        assertNotNull(Jsoup.parse(admin.page(PAGE + "/" + id)).selectFirst("#no-deliveries"));

        String comment = Submissions.submit(Submissions.json(), Comments.valid("webhooks/page"));
        WebhookReceiver.Received delivery = receiver.await(request -> request.body().contains(comment), 1, WAIT).get(0);
        assertTrue(delivery.signedWith(secret), "the secret the page showed signs the deliveries");

        Element logged = awaitLoggedRow(admin, id, "delivered");
        List<String> cells = logged.select("td").stream().map(Element::text).toList();
        assertEquals("comment.created", cells.get(0));
        assertEquals("delivered", cells.get(1));
        assertEquals("200", cells.get(2));
        assertEquals("1", cells.get(3));
        assertTrue(cells.get(4).endsWith("UTC"), "the last attempt's time: " + cells.get(4));
        assertEquals("", cells.get(5), "no next attempt after a delivery");
    }

    @Test
    void aFailingDeliveryShowsItsAnswerAndNextAttempt() throws Exception {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String id = Webhooks.register(receiver.url("/failing"), "comment.created").path("id");
        receiver.answer(500, 500);
        String comment = Submissions.submit(Submissions.json(), Comments.valid("webhooks/page-failing"));
        receiver.await(request -> request.body().contains(comment), 1, WAIT);

        Element logged = awaitLoggedRow(admin, id, "pending");
        List<String> cells = logged.select("td").stream().map(Element::text).toList();
        assertEquals("500", cells.get(2));
        assertTrue(cells.get(5).endsWith("UTC"), "when it is tried again: " + cells.get(5));
    }

    @Test
    void rotatingShowsTheNewSecretOnceAndTheOldOneStillSigns() throws Exception {
        Dashboard.Signed admin = Dashboard.asAdmin();
        ExtractableResponse<Response> webhook = Webhooks.register(receiver.url("/rotated"), "comment.created");
        String id = webhook.path("id");
        String old = webhook.path("secret");

        ExtractableResponse<Response> rotated = admin.post(PAGE + "/" + id + "/rotate");
        Document shown = html(rotated, 200);
        assertNull(rotated.header("Location"));
        String secret = shown.selectFirst("#secret").attr("value");
        assertTrue(secret.startsWith("whsec_"));
        assertNotEquals(old, secret);
        assertTrue(shown.selectFirst("#secret-once").text().contains("The previous one also signs every delivery until"),
                shown.selectFirst("#secret-once").text());
        assertFalse(admin.page(PAGE + "/" + id).contains(secret), "shown once");

        String comment = Submissions.submit(Submissions.json(), Comments.valid("webhooks/page-rotated"));
        WebhookReceiver.Received delivery = receiver.await(request -> request.body().contains(comment), 1, WAIT).get(0);
        assertTrue(delivery.signedWith(secret), "the new secret signs");
        assertTrue(delivery.signedWith(old), "the old one too, for a while");
    }

    @Test
    void aDisabledEndpointShowsWhyAndIsEnabledAgain() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String id = Webhooks.register(receiver.url("/gone"), "comment.created").path("id");
        QuarkusTransaction.requiringNew().run(() -> endpoints.disable(UUID.fromString(id), "the receiver answered 410 Gone"));

        Document list = Jsoup.parse(admin.page(PAGE));
        assertEquals("Disabled the receiver answered 410 Gone", list.selectFirst("#webhook-" + id + " td:nth-child(3)").text());
        Document page = Jsoup.parse(admin.page(PAGE + "/" + id));
        assertNotNull(page.selectFirst("form[action='" + PAGE + "/" + id + "/enable']"), "an enable button while disabled");

        ExtractableResponse<Response> enabled = admin.post(PAGE + "/" + id + "/enable");
        assertEquals(303, enabled.statusCode());
        assertTrue(enabled.header("Location").endsWith(PAGE + "/" + id + "?done=enabled"), enabled.header("Location"));
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}", id).then().statusCode(200).body("enabled", equalTo(true));
        Document after = Jsoup.parse(admin.page(PAGE + "/" + id + "?done=enabled"));
        assertNotNull(after.selectFirst(".notice.ok"));
        assertEquals("Enabled", after.selectFirst("#webhook-state").text());
        assertNull(after.selectFirst("form[action='" + PAGE + "/" + id + "/enable']"), "no enable button once enabled");
    }

    @Test
    void deletingTakesAConfirmation() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String id = Webhooks.register(receiver.url("/deleted"), "comment.created").path("id");

        Document confirm = html(admin.post(PAGE + "/" + id + "/delete"), 200);
        assertTrue(confirm.selectFirst("#confirm-text").text().contains(receiver.url("/deleted")));
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}", id).then().statusCode(200);

        ExtractableResponse<Response> deleted = admin.post(PAGE + "/" + id + "/delete", "confirm", "yes");
        assertEquals(303, deleted.statusCode());
        assertTrue(deleted.header("Location").endsWith(PAGE + "?done=deleted"), deleted.header("Location"));
        Moderators.asAdmin().when().get(Webhooks.PATH + "/{id}", id).then().statusCode(404);
        assertNotNull(Jsoup.parse(admin.page(PAGE + "?done=deleted")).selectFirst(".notice.ok"));

        Document gone = html(admin.post(PAGE + "/" + id + "/delete", "confirm", "yes"), 404);
        assertNotNull(gone.selectFirst(".notice.error"), "deleted meanwhile: said so");
        assertEquals(404, admin.browser().when().get(PAGE + "/not-an-id").then().contentType("text/html").extract().statusCode());
    }

    @Test
    void aMalformedUrlOrNoEventIsRefusedBesideTheFormAndNothingIsStored() {
        Dashboard.Signed admin = Dashboard.asAdmin();

        Document malformed = html(admin.browser().formParam("csrf", admin.csrf()).formParam("url", "example.org/hook")
                .formParam("events", "comment.created").when().post(PAGE).then().extract(), 400);
        assertEquals("The URL is an absolute http or https address, without a user name, password or fragment.",
                malformed.selectFirst("#webhook-url-error").text());
        assertEquals("true", malformed.selectFirst("#webhook-url").attr("aria-invalid"));
        assertEquals("example.org/hook", malformed.selectFirst("#webhook-url").attr("value"), "what was typed stays");
        assertTrue(malformed.selectFirst("input[id='event-comment.created']").hasAttr("checked"), "and what was ticked");
        assertNull(malformed.selectFirst("#secret"));

        Document noEvent = html(admin.post(PAGE, "url", receiver.url("/none")), 400);
        assertEquals("Tick at least one event.", noEvent.selectFirst("#webhook-events-error").text());
        assertNull(noEvent.selectFirst("#webhook-url-error"));

        Moderators.asAdmin().when().get(Webhooks.PATH).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theRefusalIsInFrenchForAFrenchAdministrator() {
        Dashboard.Signed admin = Dashboard.asAdmin();

        Document page = Jsoup.parse(admin.browser().header("Accept-Language", "fr-FR,fr;q=0.9")
                .formParam("csrf", admin.csrf()).formParam("url", "ftp://example.org/hook")
                .when().post(PAGE).then().statusCode(400).extract().asString());

        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("Webhooks", page.selectFirst("h1").text());
        assertEquals("Événements à envoyer", page.selectFirst("legend").text());
        assertEquals("L'URL est une adresse http ou https absolue, sans nom d'utilisateur, mot de passe ni fragment.",
                page.selectFirst("#webhook-url-error").text());
        assertEquals("Cochez au moins un événement.", page.selectFirst("#webhook-events-error").text());
        assertEquals("Rien n'a été enregistré.", page.selectFirst(".notice.error").text());
        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(0));
    }

    @Test
    void aModeratorIsRefusedAndRegistersNothing() {
        String id = Webhooks.register(receiver.url("/kept"), "comment.created").path("id");
        Dashboard.Signed moderator = Dashboard.as("hook-moderator");

        moderator.browser().when().get(PAGE).then().statusCode(403).contentType("text/html");
        moderator.browser().when().get(PAGE + "/" + id).then().statusCode(403);
        assertFalse(moderator.page("/dashboard/").contains("href=\"" + PAGE + "\""), "no Webhooks link for moderators");
        assertEquals(403, moderator.post(PAGE, "url", receiver.url("/mine"), "events", "comment.created").statusCode());
        assertEquals(403, moderator.post(PAGE + "/" + id + "/rotate").statusCode());
        assertEquals(403, moderator.post(PAGE + "/" + id + "/delete", "confirm", "yes").statusCode());

        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(1));
    }

    @Test
    void aPostWithoutTheSessionsTokenChangesNothing() {
        Dashboard.Signed admin = Dashboard.asAdmin();
        String id = Webhooks.register(receiver.url("/forged"), "comment.created").path("id");

        assertEquals(403, admin.browser().formParam("csrf", "not-the-token").formParam("url", receiver.url("/other"))
                .formParam("events", "comment.created").when().post(PAGE).then().extract().statusCode());
        assertEquals(403, admin.browser().formParam("confirm", "yes").when().post(PAGE + "/" + id + "/delete")
                .then().extract().statusCode());

        Moderators.asAdmin().when().get(Webhooks.PATH).then().body("$", hasSize(1)).body("[0].id", equalTo(id));
    }

    /** The endpoint's page, reloaded until its log's newest row is in this state after an attempt. */
    private static Element awaitLoggedRow(Dashboard.Signed admin, String id, String state) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Document page = null;
        while (System.nanoTime() < deadline) {
            page = Jsoup.parse(admin.page(PAGE + "/" + id));
            Element row = page.selectFirst("#deliveries tbody tr");
            if (row != null && row.select("td").get(1).text().equals(state) && !row.select("td").get(3).text().equals("0")) {
                return row;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + state + " delivery in the page's log: " + (page == null ? "" : page.select("main").text()));
    }

    private static Document html(ExtractableResponse<Response> response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        return Jsoup.parse(response.asString());
    }
}
