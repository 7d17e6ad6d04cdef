package dev.moderato.importing;

import dev.moderato.comment.CommentStatus;
import dev.moderato.importing.Exports.Post;
import dev.moderato.importing.Exports.WpComment;
import dev.moderato.support.Chromium;
import dev.moderato.support.Moderators;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import page in a real browser: a file chosen, sent by the page's script, the report shown in place. */
@QuarkusTest
class ImportPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAdministratorChoosesAnExportAndSeesTheReport() throws Exception {
        long id = Exports.freshId();
        long reply = Exports.freshId();
        String link = "https://news.example.com/browser/" + id + "/";
        Path export = Files.createTempFile("wordpress-export", ".xml");
        Files.writeString(export, Exports.wxr("1.2", Post.of(link, WpComment.of(id, "1", "Chosen in a browser."),
                WpComment.of(reply, "spam", "Buy").replyTo(id))));
        WebDriver browser = Chromium.browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(root + "dashboard/sign-in");
        browser.findElement(By.id("username")).sendKeys(Moderators.ADMIN);
        browser.findElement(By.id("password")).sendKeys(Moderators.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("who")));
        browser.findElement(By.linkText("Import")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
        browser.findElement(By.id("import-file")).sendKeys(export.toString());
        new Select(browser.findElement(By.id("import-threads"))).selectByValue("path");
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-imported")));
        Chromium.screenshot(browser, "import-report");
        assertEquals("2", browser.findElement(By.id("report-imported")).getText());
        assertEquals("wordpress", browser.findElement(By.id("report-format")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/imports"), "the page stayed where it was");
        assertEquals("/browser/" + id + "/", Exports.wordPress(id).thread);
        assertEquals(CommentStatus.SPAM, Exports.wordPress(reply).status);
        Files.delete(export);
    }
}
