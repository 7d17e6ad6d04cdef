package dev.moderato.dashboard;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Chromium;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in a real browser (headless Chromium): signing in and out, the keyboard, bulk decisions, an edit
 * refused, a conflict, French. Each main page is saved under target/screenshots/ to be looked at.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final String MODERATOR = "bea";

    @TestHTTPResource("/")
    URL root;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Moderators.ensure(MODERATOR, "moderator");
    }

    @Test
    void signsInAndOut() {
        browser.get(url("dashboard/"));
        wait.until(ExpectedConditions.urlContains("/dashboard/sign-in"));
        Chromium.screenshot(browser, "sign-in");
        signIn(MODERATOR, Moderators.PASSWORD);
        assertTrue(browser.findElement(By.className("who")).getText().contains("Signed in as bea"));

        browser.findElement(By.cssSelector("form[action='/dashboard/sign-out'] button")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard/sign-in?signed-out=1"));
        assertTrue(browser.findElement(By.cssSelector("[role=status]")).getText().contains("You are signed out."));
        browser.get(url("dashboard/"));
        wait.until(ExpectedConditions.urlContains("/dashboard/sign-in"));
    }

    @Test
    void aWrongPasswordIsSaidOnTheForm() {
        browser.get(url("dashboard/sign-in"));
        fillSignIn(MODERATOR, "not the password");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertEquals("Wrong username or password.", error.getText());
        assertEquals("true", browser.findElement(By.id("username")).getAttribute("aria-invalid"));
    }

    @Test
    void approvesByKeyboardAndByButton() {
        String thread = "2026/12/library-hours-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = seed(thread);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?thread=" + thread));
        WebElement first = browser.findElement(By.id("c-" + ids.get(0)));
        wait.until(driver -> first.getAttribute("class").contains("selected"));
        Chromium.screenshot(browser, "queue");

        keys("?");
        assertTrue(browser.findElement(By.id("help")).isDisplayed());
        Chromium.screenshot(browser, "queue-help");
        keys(Keys.ESCAPE);
        assertTrue(!browser.findElement(By.id("help")).isDisplayed());

        keys("a");
        wait.until(ExpectedConditions.urlContains("done=approve"));
        assertEquals(CommentStatus.APPROVED, Comments.find(ids.get(0)).status);
        WebElement second = browser.findElement(By.id("c-" + ids.get(1)));
        assertTrue(second.getAttribute("class").contains("selected"), "the next comment is selected");

        keys("j");
        assertTrue(browser.findElement(By.id("c-" + ids.get(2))).getAttribute("class").contains("selected"));
        second.findElement(By.cssSelector("button[value=approve]")).click();
        wait.until(ExpectedConditions.stalenessOf(second));
        assertEquals(CommentStatus.APPROVED, Comments.find(ids.get(1)).status);
        assertEquals(CommentStatus.PENDING, Comments.find(ids.get(2)).status);
    }

    @Test
    void rejectsTheSelectedCommentsTogether() {
        String thread = Comments.newThread();
        List<String> ids = seed(thread);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?thread=" + thread));
        keys("x");
        keys("j");
        keys("j");
        keys("x");
        browser.findElement(By.cssSelector("#bulk button[value=reject]")).click();
        wait.until(ExpectedConditions.urlContains("done=bulk"));
        assertTrue(browser.findElement(By.id("done")).getText().startsWith("2 decided"));
        assertEquals(CommentStatus.REJECTED, Comments.find(ids.get(0)).status);
        assertEquals(CommentStatus.PENDING, Comments.find(ids.get(1)).status);
        assertEquals(CommentStatus.REJECTED, Comments.find(ids.get(2)).status);
    }

    @Test
    void showsTheSpamScoreAndAppliesToAllMatchingOnceConfirmed() {
        String thread = Comments.newThread();
        List<String> ids = seed(thread);
        QuarkusTransaction.requiringNew().run(() -> Database.sql()
                .update("update comment set spam_score = ? where id = ?", 0.97, UUID.fromString(ids.get(1))));
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?sort=score&thread=" + thread));
        List<WebElement> items = browser.findElements(By.cssSelector("#queue > li.item"));
        assertEquals("c-" + ids.get(1), items.get(0).getAttribute("id"), "the highest score first");
        WebElement score = items.get(0).findElement(By.cssSelector("details.score"));
        assertEquals("Spam score 0.97", score.findElement(By.tagName("summary")).getText());
        score.findElement(By.tagName("summary")).click();
        assertTrue(score.findElement(By.className("detail")).isDisplayed(), "its explanation on demand");
        Chromium.screenshot(browser, "queue-score");

        browser.findElement(By.cssSelector("#bulk-all button[value=reject]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
        assertTrue(browser.findElement(By.id("confirm-title")).getText().contains("Decide every matching comment?"));
        assertEquals("Yes, apply to all 3", browser.findElement(By.id("confirm-yes")).getText());
        assertEquals(CommentStatus.PENDING, Comments.find(ids.get(0)).status, "nothing decided before confirming");
        browser.findElement(By.id("note")).sendKeys("wave of the night");
        Chromium.screenshot(browser, "confirm-matching");
        browser.findElement(By.id("confirm-yes")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                By.id("job-progress"), "data-state", "done"));
        assertEquals("Done: 3 decided.", browser.findElement(By.id("job-progress")).getText());
        Chromium.screenshot(browser, "job");
        for (String id : ids) {
            assertEquals(CommentStatus.REJECTED, Comments.find(id).status);
        }
    }

    @Test
    void anEditWithAnEmptyTextIsRefusedBesideTheField() {
        String thread = Comments.newThread();
        String id = seed(thread).get(0);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?thread=" + thread));
        keys("e");
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-body")));
        Chromium.screenshot(browser, "comment");
        body.clear();
        body.sendKeys("   ");
        browser.findElement(By.cssSelector("#edit button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-body-error")));
        assertTrue(!error.getText().isBlank());
        assertEquals("true", browser.findElement(By.id("edit-body")).getAttribute("aria-invalid"));
        Chromium.screenshot(browser, "comment-edit-error");
        assertTrue(Comments.find(id).body.startsWith("I was at the council meeting"));
    }

    @Test
    void aDecisionMadeMeanwhileIsShownAsAConflict() {
        String thread = Comments.newThread();
        String id = seed(thread).get(0);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?thread=" + thread));
        Comments.setStatus(id, CommentStatus.APPROVED); // another moderator, while bea reads
        browser.findElement(By.cssSelector("#c-" + id + " button[value=reject]")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-title")));
        assertEquals("Someone else decided this comment meanwhile", title.getText());
        assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("admin decided this comment"));
        Chromium.screenshot(browser, "conflict");
        assertEquals(CommentStatus.APPROVED, Comments.find(id).status);
    }

    @Test
    void theOpenQueueShowsWhatChangedWithoutLosingTheSelection() {
        String thread = Comments.newThread();
        List<String> ids = seed(thread);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?thread=" + thread));
        keys("j");
        WebElement selected = browser.findElement(By.id("c-" + ids.get(1)));
        assertTrue(selected.getAttribute("class").contains("selected"));

        Comments.setStatus(ids.get(0), CommentStatus.SPAM); // another moderator, elsewhere
        String arrived = submit(Map.of("thread", thread, "name", "Late Reader", "email", "late@example.org",
                "body", "Arrived while the page was open."), "Mozilla/5.0");
        WebDriverWait refresh = new WebDriverWait(browser, Duration.ofSeconds(25)); // the page asks every 15 s
        WebElement added = refresh.until(ExpectedConditions.presenceOfElementLocated(By.id("c-" + arrived)));
        WebElement note = browser.findElement(By.cssSelector("#c-" + ids.get(0) + " .elsewhere"));
        assertEquals("Changed meanwhile by admin: now spam.", note.getText());
        assertEquals("spam", browser.findElement(By.cssSelector("#c-" + ids.get(0) + " .item-head .badge")).getText());
        assertTrue(browser.findElement(By.id("fresh")).getText().contains("1 new comment arrived."));
        assertTrue(selected.getAttribute("class").contains("selected"), "the selection stays where it was");
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(2), arrived), browser.findElements(By.cssSelector("li.item"))
                .stream().map(item -> item.getAttribute("data-id")).toList(), "new comments join at the end");
        assertTrue(added.isDisplayed());
        Chromium.screenshot(browser, "queue-live");
    }

    @Test
    void switchesToFrenchAndFitsAPhone() {
        String thread = Comments.newThread();
        seed(thread);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/?thread=" + thread));
        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "File de modération"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Chromium.screenshot(browser, "queue-fr");
        browser.manage().window().setSize(Chromium.PHONE);
        browser.navigate().refresh();
        Chromium.screenshot(browser, "queue-phone");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
    }

    @Test
    void showsThreadsStatsAndTheAdministratorsPages() {
        String thread = Comments.newThread();
        List<String> ids = seed(thread);
        Comments.setStatus(ids.get(1), CommentStatus.SPAM);
        Comments.setStatus(ids.get(2), CommentStatus.APPROVED);
        signIn(MODERATOR, Moderators.PASSWORD);
        browser.get(url("dashboard/admin/moderators"));
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        Chromium.screenshot(browser, "admin-denied");

        browser.findElement(By.cssSelector("form[action='/dashboard/sign-out'] button")).click();
        signIn(Moderators.ADMIN, Moderators.ADMIN_PASSWORD);
        browser.get(url("dashboard/threads"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(thread));
        Chromium.screenshot(browser, "threads");
        browser.get(url("dashboard/stats"));
        assertTrue(browser.findElement(By.id("decisions-chart")).isDisplayed());
        Chromium.screenshot(browser, "stats");
        browser.get(url("dashboard/admin/word-lists"));
        Chromium.screenshot(browser, "word-lists");
        browser.get(url("dashboard/admin/moderators"));
        assertTrue(browser.findElement(By.id("account-" + MODERATOR)).isDisplayed());
        Chromium.screenshot(browser, "moderators");
        walkTheWebhooksPage();
    }

    @Test
    void theAdministratorsNavigationFitsOneLineOnALaptopAndScrollsOnAPhone() {
        signIn(Moderators.ADMIN, Moderators.ADMIN_PASSWORD);
        browser.get(url("dashboard/admin/personal-data"));
        assertEquals(8, browser.findElements(By.cssSelector("nav.nav a")).size(), "every page of an administrator");
        assertOneRow("en");
        Chromium.screenshot(browser, "topbar-en");
        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertOneRow("fr");
        Chromium.screenshot(browser, "topbar-fr");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
        browser.navigate().refresh();
        Chromium.screenshot(browser, "topbar-tablet");
        assertEquals(0L, script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"),
                "no sideways scrolling of the page on a tablet");

        browser.manage().window().setSize(Chromium.PHONE);
        browser.navigate().refresh();
        Chromium.screenshot(browser, "topbar-phone");
        assertEquals(0L, script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"),
                "no sideways scrolling of the page on a phone");
        for (WebElement link : browser.findElements(By.cssSelector("nav.nav a"))) {
            script("arguments[0].scrollIntoView({inline: 'nearest', block: 'nearest'});", link);
            assertTrue(link.isDisplayed(), link.getText() + " can be reached on a phone");
        }
    }

    /**
     * The brand, every link of the navigation and the account's controls side by side in one row of the top bar, at
     * the laptop size every browser test starts at: no link wraps under another, none is cut off or hidden.
     */
    private void assertOneRow(String lang) {
        assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"));
        String rows = (String) script("""
                var boxes = Array.prototype.map.call(
                    document.querySelectorAll('.topbar .brand, .topbar nav a, .topbar .account > *'),
                    function (e) { var r = e.getBoundingClientRect();
                        return {text: e.textContent.trim(), top: r.top, bottom: r.bottom, left: r.left, right: r.right}; });
                var top = Math.max.apply(null, boxes.map(function (b) { return b.top; }));
                var bottom = Math.min.apply(null, boxes.map(function (b) { return b.bottom; }));
                var cut = boxes.filter(function (b) { return b.right > window.innerWidth || b.right <= b.left; });
                return (top < bottom && cut.length === 0 ? 'one row' : 'wrapped') + ' at ' + window.innerWidth + ' px: '
                    + JSON.stringify(boxes);""");
        assertTrue(rows.startsWith("one row at 1280 px"), rows);
        assertEquals(Boolean.TRUE, script("var who = document.querySelector('.who'); return who.scrollWidth <= who.clientWidth;"),
                "the administrator's name is not cut short");
    }

    private Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Registers an endpoint (its secret shown once), then deletes it after the confirmation, leaving none behind. */
    private void walkTheWebhooksPage() {
        browser.findElement(By.cssSelector("nav a[href='/dashboard/admin/webhooks']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-url"))).sendKeys("http://127.0.0.1:9/browser-hooks");
        browser.findElement(By.cssSelector("label[for='event-comment.approved']")).click();
        Chromium.screenshot(browser, "webhooks");
        browser.findElement(By.cssSelector("form[action='/dashboard/admin/webhooks'] button[type=submit]")).click();
        WebElement secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
        assertTrue(secret.getAttribute("value").startsWith("whsec_"));
        assertTrue(browser.findElement(By.id("secret-once")).getText().contains("it will not be shown again"));
        assertEquals("comment.approved", browser.findElement(By.id("webhook-events")).getText());
        Chromium.screenshot(browser, "webhook-secret");

        browser.findElement(By.cssSelector("form[action$='/delete'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-text")));
        Chromium.screenshot(browser, "webhook-delete");
        browser.findElement(By.cssSelector("button.danger")).click();
        WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.ok")));
        assertTrue(done.getText().contains("deleted"), done.getText());
        assertTrue(browser.findElements(By.xpath("//a[contains(., 'browser-hooks')]")).isEmpty(), "the endpoint is gone");
    }

    /** Three pending comments as a spam wave's morning looks: a plain one, one held for its links, a reply. */
    private static List<String> seed(String thread) {
        String parent = Comments.submitApproved(Map.of("thread", thread, "name", "Lucie Martin",
                "email", "lucie@example.fr", "body", "The budget vote is on Thursday, not Wednesday."));
        String first = submit(Map.of("thread", thread, "name", "Jean Dupont", "email", "jean.dupont@example.fr",
                "website", "https://jean.example.fr", "body", "I was at the council meeting: the figures quoted here "
                        + "are last year's. The new budget cuts the library hours by a third."), "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
        String second = submit(Map.of("thread", thread, "name", "Best Deals", "email", "deals@spam.example",
                "body", "Cheap watches https://a.example.net https://b.example.net https://c.example.net"),
                "curl/8.5.0");
        String third = submit(Map.of("thread", thread, "parentId", parent, "name", "Amira K.",
                "email", "amira@example.org", "body", "Thank you, Lucie. Corrected in my notes."),
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1");
        return List.of(first, second, third);
    }

    private static String submit(Map<String, Object> comment, String userAgent) {
        return given().contentType(ContentType.JSON).header("User-Agent", userAgent).body(comment)
                .when().post("/api/v1/comments").then().statusCode(202).extract().path("id");
    }

    private void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("/dashboard/sign-in")) {
            browser.get(url("dashboard/sign-in"));
        }
        fillSignIn(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("who")));
    }

    private void fillSignIn(String username, String password) {
        WebElement name = browser.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/dashboard/sign-in'] button[type=submit]")).click();
    }

    private void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private String url(String path) {
        return root.toString() + path;
    }
}
