package dev.moderato.dashboard;

import dev.moderato.support.Chromium;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator answers an erasure request in a real browser (headless Chromium), screenshots in target/screenshots/. */
@QuarkusTest
class PersonalDataBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAdministratorErasesAnAddressAfterConfirming() {
        String email = "Browser-" + UUID.randomUUID() + "@Example.org";
        String id = Comments.submit(Comments.with(Comments.by(email, Comments.newThread()), "name", "Browser Reader"));
        WebDriver browser = Chromium.browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(root + "dashboard/sign-in");
        browser.manage().deleteAllCookies();
        browser.get(root + "dashboard/sign-in");
        browser.findElement(By.id("username")).sendKeys(Moderators.ADMIN);
        browser.findElement(By.id("password")).sendKeys(Moderators.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/dashboard/sign-in'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("who")));

        browser.findElement(By.cssSelector("nav a[href='/dashboard/admin/personal-data']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email"))).sendKeys(email.toLowerCase());
        browser.findElement(By.cssSelector("form[action='/dashboard/admin/personal-data'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("found")));
        Chromium.screenshot(browser, "personal-data-found");
        browser.findElement(By.cssSelector("form[action='/dashboard/admin/personal-data/erase'] button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-text")));
        assertTrue(browser.findElement(By.id("confirm-text")).getText().contains("This cannot be undone."));
        assertEquals("Browser Reader", Comments.find(id).name, "nothing is erased before the confirmation");
        Chromium.screenshot(browser, "personal-data-confirm");
        browser.findElement(By.cssSelector("button.danger")).click();

        String notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.ok"))).getText();
        assertEquals("Erased: 1 comment anonymised.", notice);
        assertEquals("Anonymous", Comments.find(id).name);
        Chromium.screenshot(browser, "personal-data-erased");
    }
}
