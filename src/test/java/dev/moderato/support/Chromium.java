package dev.moderato.support;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium for all the browser tests of a run: Debian's {@code chromium} driven through its
 * {@code chromium-driver}, both named by path so that Selenium Manager never looks for (or downloads) a browser.
 * Without them the tests are skipped, saying why; under CI ({@code CI=true}), where they must run, that is a failure.
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    public static final Dimension LAPTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static WebDriver shared;

    private Chromium() {
    }

    /** The shared browser, started on first use, at laptop size, cookies cleared. */
    public static synchronized WebDriver browser() {
        String missing = "Debian's chromium and chromium-driver are not installed (" + BROWSER + ", " + DRIVER
                + "): scripts/prepare-browser installs them";
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(present, missing);
        }
        assumeTrue(present, missing);
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit, "chromium-quit"));
        }
        shared.manage().deleteAllCookies();
        shared.manage().window().setSize(LAPTOP);
        return shared;
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}, the whole page's height at most 3000 px. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--lang=en-US", "--window-size=1280,900", "--hide-scrollbars");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to start its sandbox as root
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
