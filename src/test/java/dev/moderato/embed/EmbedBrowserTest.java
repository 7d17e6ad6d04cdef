package dev.moderato.embed;

import com.icegreen.greenmail.util.GreenMail;
import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Chromium;
import dev.moderato.support.Comments;
import dev.moderato.notify.MailProfile;
import dev.moderato.support.Database;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The widget in a real browser (headless Chromium), embedded by an article page of another origin under a strict
 * Content-Security-Policy ({@link ArticleSite}): the thread threaded, counts, French and English, a post with an
 * error beside its field and then accepted, markup in a name shown as text, remember-me, reply notifications asked
 * for (a subscription and its confirmation mail, through {@link ArticleSiteProfile}'s SMTP server), the 303 marker; no cookie,
 * no request to any other host, no policy violation. Screenshots under target/screenshots/.
 */
@QuarkusTest
@TestProfile(ArticleSiteProfile.class)
class EmbedBrowserTest {

    private static final String MARKUP_NAME = "<b>Bold</b> <img src=x onerror=alert(1)>";

    @TestHTTPResource("/")
    URL moderato;

    static ArticleSite site;
    static GreenMail smtp;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void noSiteYet() {
        site = null;
        smtp = MailProfile.startSmtp();
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        if (site == null) {
            site = new ArticleSite(moderato.toString());
        }
        browser.get(ArticleSite.ORIGIN + "/en/none"); // the site's origin, to clear what it keeps
        js("localStorage.clear(); return null;");
    }

    @AfterAll
    static void closeSite() {
        if (site != null) {
            site.close();
        }
        smtp.stop();
    }

    @Test
    void rendersAThreadWithRepliesAndCountsInFrench() {
        String thread = Comments.newThread();
        String first = approved(thread, "Ada Lovelace", "https://ada.example.org", null,
                "Un premier avis.\n\nAvec une source : https://example.org/source.");
        String reply = approved(thread, MARKUP_NAME, null, first, "Une réponse.");
        String other = Comments.newThread();
        approved(other, "Grace", null, null, "Seule.");
        String empty = Comments.newThread();

        browser.get(site.article("fr", thread, thread, other, empty));
        SearchContext widget = widget();

        assertEquals("2 commentaires", widget.findElement(By.cssSelector("h2.count")).getText());
        WebElement nested = widget.findElement(By.cssSelector(
                "li[data-id='" + first + "'] > ol.replies > li[data-id='" + reply + "']"));
        assertEquals(MARKUP_NAME, nested.findElement(By.cssSelector(".name")).getText(), "markup shown as text");
        assertTrue(widget.findElements(By.cssSelector("b, img")).isEmpty(), "no element made of a name");
        WebElement author = widget.findElement(By.cssSelector("li[data-id='" + first + "'] > article a.name"));
        assertEquals("https://ada.example.org/", author.getAttribute("href"));
        assertEquals("nofollow ugc noopener", author.getAttribute("rel"));
        WebElement link = widget.findElement(By.cssSelector("li[data-id='" + first + "'] .body a"));
        assertEquals("https://example.org/source", link.getText());
        assertEquals(2, widget.findElements(By.cssSelector("li[data-id='" + first + "'] > article .body p")).size());
        assertEquals("Répondre", widget.findElement(By.cssSelector(".reply")).getText());

        assertEquals("Laisser un commentaire", widget.findElement(By.cssSelector("form h3")).getText());
        assertEquals("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                widget.findElement(By.cssSelector("form .intro")).getText());
        assertEquals("Nom *", widget.findElement(By.cssSelector("label[for='moderato-name']")).getText());

        wait.until(ignored -> !count(thread).equals("…") && !count(empty).equals("…"));
        assertEquals("2 commentaires", count(thread));
        assertEquals("1 commentaire", count(other));
        assertEquals("0 commentaire", count(empty));
        Chromium.screenshot(browser, "embed-thread-fr");
        assertNothingElse();
    }

    @Test
    void hasADarkVariantAndTakesTheSitesAccent() {
        String thread = Comments.newThread();
        approved(thread, "Ada Lovelace", "https://ada.example.org", null, "Un avis.");
        browser.get(site.article("fr", thread));
        String light = widget().findElement(By.cssSelector("a.name")).getCssValue("color");
        try {
            colorScheme("dark");
            browser.navigate().refresh();
            SearchContext dark = widget();
            assertFalse(light.equals(dark.findElement(By.cssSelector("a.name")).getCssValue("color")),
                    "the accent changes under prefers-color-scheme: dark");
            Chromium.screenshot(browser, "embed-thread-fr-dark");
        } finally {
            colorScheme("light");
        }
        js("document.body.style.setProperty('--moderato-accent', 'rgb(163, 38, 15)'); return null;");
        assertEquals("rgba(163, 38, 15, 1)", widget().findElement(By.cssSelector("a.name")).getCssValue("color"));
    }

    private void colorScheme(String scheme) {
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    @Test
    void postsAComment_showingAnErrorBesideItsFieldFirst() {
        String thread = Comments.newThread();
        approved(thread, "Ada Lovelace", null, null, "Le premier.");
        browser.get(site.article("fr", thread));
        SearchContext widget = widget();

        fill(widget, "body", "Un avis réfléchi sur le budget.");
        fill(widget, "name", "Amélie");
        fill(widget, "email", "pas-une-adresse");
        fill(widget, "website", "amelie.example.org");
        assertEquals("M’avertir des réponses par e-mail",
                widget.findElement(By.cssSelector("label[for='moderato-notify']")).getText());
        assertFalse(widget.findElement(By.id("moderato-notify")).isSelected(), "unchecked unless the reader ticks it");
        widget.findElement(By.cssSelector("button.submit")).click();

        WebElement error = wait.until(ignored -> visible(widget, "#moderato-email-error"));
        assertEquals("Veuillez indiquer une adresse e-mail valide.", error.getText());
        assertEquals("true", widget.findElement(By.id("moderato-email")).getAttribute("aria-invalid"));
        assertEquals(1, inThread(thread).size());
        Chromium.screenshot(browser, "embed-error-fr");

        widget.findElement(By.id("moderato-email")).clear();
        fill(widget, "email", "amelie@example.org");
        widget.findElement(By.cssSelector("button.submit")).click();

        WebElement notice = wait.until(ignored -> visible(widget, "p.notice"));
        assertEquals("Votre commentaire est en attente de modération.", notice.getText());
        assertFalse(widget.findElement(By.id("moderato-email-error")).isDisplayed());
        WebElement mine = widget.findElement(By.cssSelector("li.comment.pending"));
        assertTrue(mine.getText().contains("Un avis réfléchi sur le budget."));
        assertTrue(mine.getText().contains("En attente de modération"));
        Chromium.screenshot(browser, "embed-posted-fr");

        Comment stored = onlyPending(thread);
        assertAll(
                () -> assertEquals("Amélie", stored.name),
                () -> assertEquals("https://amelie.example.org", stored.website),
                () -> assertEquals(CommentStatus.PENDING, stored.status),
                () -> assertTrue(stored.reasons.isEmpty(), "sent with its form token: " + stored.reasons));
        assertEquals(0, subscriptions(stored.id.toString()).size(), "no reply notifications unless ticked");
        assertNull(js("return localStorage.getItem('moderato.author');"), "nothing kept unless ticked");
        assertNothingElse();
    }

    @Test
    void remembersTheAuthorOnlyWhenTicked() {
        String thread = Comments.newThread();
        browser.get(site.article("en", thread));
        SearchContext widget = widget();
        assertEquals("0 comments", widget.findElement(By.cssSelector("h2.count")).getText());
        assertEquals("Leave a comment", widget.findElement(By.cssSelector("form h3")).getText());

        fill(widget, "body", "Remember me, please.");
        fill(widget, "name", "Grace");
        fill(widget, "email", "grace@example.org");
        widget.findElement(By.id("moderato-remember")).click();
        widget.findElement(By.cssSelector("button.submit")).click();
        assertEquals("Your comment is awaiting moderation.", wait.until(ignored -> visible(widget, "p.notice")).getText());
        assertTrue(String.valueOf(js("return localStorage.getItem('moderato.author');")).contains("grace@example.org"));

        browser.navigate().refresh();
        SearchContext again = widget();
        assertEquals("Grace", again.findElement(By.id("moderato-name")).getAttribute("value"));
        assertEquals("grace@example.org", again.findElement(By.id("moderato-email")).getAttribute("value"));
        again.findElement(By.id("moderato-remember")).click();
        assertNull(js("return localStorage.getItem('moderato.author');"), "cleared when unticked");
        Chromium.screenshot(browser, "embed-thread-en");
        assertNothingElse();
    }

    @Test
    void subscribesToRepliesWhenTicked_andRemembersTheChoice() throws Exception {
        String thread = Comments.newThread();
        String email = "notify-" + UUID.randomUUID() + "@example.org";
        browser.get(site.article("fr", thread));
        SearchContext widget = widget();

        fill(widget, "body", "Prévenez-moi des réponses.");
        fill(widget, "name", "Noé");
        fill(widget, "email", email);
        widget.findElement(By.id("moderato-notify")).click();
        widget.findElement(By.id("moderato-remember")).click();
        widget.findElement(By.cssSelector("button.submit")).click();

        assertEquals("Votre commentaire est en attente de modération. Pour recevoir les réponses, confirmez avec le "
                + "lien de l’e-mail que nous vous envoyons.", wait.until(ignored -> visible(widget, "p.notice")).getText());
        Chromium.screenshot(browser, "embed-notify-fr");
        Comment stored = onlyPending(thread);
        List<Map<String, Object>> subscriptions = subscriptions(stored.id.toString());
        assertEquals(1, subscriptions.size(), "one subscription for the comment");
        assertAll(
                () -> assertEquals(email, subscriptions.get(0).get("email")),
                () -> assertEquals("fr", subscriptions.get(0).get("language"), "in the widget's language"),
                () -> assertEquals(false, subscriptions.get(0).get("confirmed"), "unconfirmed until the mail's link"));
        MimeMessage confirmation = awaitMailTo(email);
        assertTrue(confirmation.getSubject().startsWith("Confirmez"), confirmation.getSubject());

        browser.navigate().refresh();
        SearchContext again = widget();
        assertTrue(again.findElement(By.id("moderato-notify")).isSelected(), "remembered with the name and email");
        again.findElement(By.id("moderato-remember")).click();
        assertNull(js("return localStorage.getItem('moderato.author');"), "cleared when unticked");
        assertNothingElse();
    }

    @Test
    void repliesUnderTheCommentItAnswers() {
        String thread = Comments.newThread();
        String first = approved(thread, "Ada Lovelace", null, null, "Le premier.");
        browser.get(site.article("fr", thread));
        SearchContext widget = widget();

        widget.findElement(By.cssSelector("li[data-id='" + first + "'] .reply")).click();
        assertEquals("En réponse à Ada Lovelace Annuler la réponse",
                widget.findElement(By.cssSelector("li[data-id='" + first + "'] form .replying")).getText());
        fill(widget, "body", "Je réponds.");
        fill(widget, "name", "Bea");
        fill(widget, "email", "bea@example.org");
        widget.findElement(By.cssSelector("button.submit")).click();
        wait.until(ignored -> visible(widget, "p.notice"));

        assertEquals(first, onlyPending(thread).parentId.toString());
        assertFalse(widget.findElements(By.cssSelector("li[data-id='" + first + "'] > ol.replies > li.pending")).isEmpty());
    }

    @Test
    void readsTheMarkerAFormPostLeftInTheAddress() {
        String thread = Comments.newThread();
        browser.get(site.article("fr", thread) + "#moderato=pending," + UUID.randomUUID());
        SearchContext widget = widget();

        assertEquals("Votre commentaire est en attente de modération.",
                wait.until(ignored -> visible(widget, "p.notice")).getText());
        assertEquals("", js("return location.hash;"), "the marker is cleared once read");
    }

    private String approved(String thread, String name, String website, String parent, String body) {
        Map<String, Object> comment = Comments.with(Comments.with(Comments.saying(thread, body), "name", name),
                "email", "seed-" + UUID.randomUUID() + "@example.org");
        comment.put("website", website);
        comment.put("parentId", parent);
        return Comments.submitApproved(comment);
    }

    private Comment onlyPending(String thread) {
        List<Comment> pending = inThread(thread).stream()
                .filter(comment -> comment.status == CommentStatus.PENDING).toList();
        assertEquals(1, pending.size(), "pending comments in " + thread);
        return pending.get(0);
    }

    private static List<Map<String, Object>> subscriptions(String commentId) {
        return Database.sql().list("select email, language, confirmed_at from reply_subscription where comment_id = ?",
                row -> Map.<String, Object>of("email", row.getString("email"), "language", row.getString("language"),
                        "confirmed", row.getObject("confirmed_at") != null), UUID.fromString(commentId));
    }

    private static MimeMessage awaitMailTo(String email) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(email))) {
                    return mail;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to the subscriber within 30 s");
    }

    private static List<Comment> inThread(String thread) {
        return Database.sql().list("select id from comment where thread = ? order by created_at, id",
                row -> Comments.find(row.getString("id")), thread);
    }

    /** The widget's shadow root once its thread has loaded. */
    private SearchContext widget() {
        WebElement host = wait.until(ignored -> browser.findElement(By.cssSelector("[data-moderato-thread]")));
        return wait.until(ignored -> {
            SearchContext root = host.getShadowRoot();
            List<WebElement> heading = root.findElements(By.cssSelector("h2.count"));
            return !heading.isEmpty() && !heading.get(0).getText().isEmpty() ? root : null;
        });
    }

    private static WebElement visible(SearchContext widget, String selector) {
        List<WebElement> found = widget.findElements(By.cssSelector(selector));
        return !found.isEmpty() && found.get(0).isDisplayed() && !found.get(0).getText().isEmpty() ? found.get(0) : null;
    }

    private static void fill(SearchContext widget, String field, String text) {
        widget.findElement(By.id("moderato-" + field)).sendKeys(text);
    }

    private String count(String thread) {
        return browser.findElement(By.cssSelector("[data-moderato-count='" + thread + "']")).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** No cookie, no request but to the site and Moderato, nothing the page's policy had to block. */
    @SuppressWarnings("unchecked")
    private void assertNothingElse() {
        assertEquals("", js("return document.cookie;"));
        assertTrue(browser.manage().getCookies().isEmpty(), "cookies: " + browser.manage().getCookies());
        String moderatoOrigin = moderato.toString().replaceAll("/$", "");
        List<String> requested = (List<String>) js(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertFalse(requested.isEmpty());
        requested.forEach(address -> assertTrue(address.startsWith(moderatoOrigin + "/")
                || address.startsWith(ArticleSite.ORIGIN + "/"), "a request to another host: " + address));
        assertEquals(List.of(), js("return window.violations;"), "Content-Security-Policy violations");
    }
}
