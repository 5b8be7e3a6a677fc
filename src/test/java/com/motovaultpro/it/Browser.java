package com.motovaultpro.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser: Debian's headless Chromium driven by Selenium, with the few gestures the
 * tests need. On CI (CI=true) a missing browser fails the run; elsewhere the test is skipped.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final LibertyServer server;

    private Browser(WebDriver driver, LibertyServer server) {
        this.driver = driver;
        this.server = server;
    }

    public static Browser open(LibertyServer server) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("Chromium and chromedriver are required on CI: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "Chromium not installed: browser test skipped outside CI");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("mvp-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, server);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(server.baseUri().resolve(path).toString());
    }

    /** Replaces the field's text, as a person selecting it all and typing would. */
    public void type(String id, String value) {
        WebElement input = waitFor(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    public void click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntilGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void signIn(String username) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", Api.PASSWORD);
        click("loginForm:submit");
        waitFor(By.id("addVehicle"));
    }

    public void signOut() {
        click("logout");
        waitFor(By.id("loginForm"));
    }

    /** On failure: what the browser showed, for the person reading the report. */
    public void keepEvidence(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
