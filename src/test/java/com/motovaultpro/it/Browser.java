package com.motovaultpro.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Every Content-Security-Policy violation of every page, kept across navigations (scripts
        // injected this way are not subject to the page's policy).
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "document.addEventListener('securitypolicyviolation', function (e) {"
                        + " var a = JSON.parse(sessionStorage.getItem('__csp') || '[]');"
                        + " a.push(e.disposition + ' ' + e.effectiveDirective + ' blocked=' + e.blockedURI"
                        + " + ' at ' + e.sourceFile + ':' + e.lineNumber + ' sample=' + e.sample);"
                        + " sessionStorage.setItem('__csp', JSON.stringify(a)); });"));
        return new Browser(driver, server);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens the page and waits until it has replaced the one before and finished loading:
     * Chromium (150) sometimes hands control back from a navigation before the new document is
     * there, so a look right after it saw the old page or an empty one.
     */
    public void open(String path) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.__mvpLeaving = true;");
        driver.get(server.baseUri().resolve(path).toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script.executeScript(
                "return !window.__mvpLeaving && document.readyState === 'complete';")));
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

    /** Makes the browser report this colour-scheme preference (light or dark), as a device set so would. */
    public void emulateColorScheme(String scheme) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Opens the header's language menu and picks the language whose name (in its own language) is given. */
    public void chooseLanguage(String name) {
        waitFor(By.id("languageMenu")).click();
        driver.findElements(By.cssSelector("#userMenu a.lang")).stream()
                .filter(a -> a.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no language " + name + " in the menu")).click();
    }

    /** The column headers of the table with this id whose text does not fit (cut off or hidden). */
    @SuppressWarnings("unchecked")
    public List<String> cutHeaders(String tableId) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.getElementById(arguments[0]).querySelectorAll('thead th'))"
                        + ".filter(th => th.offsetParent !== null)"
                        + ".filter(th => th.scrollWidth > th.clientWidth + 1 || Array.from(th.querySelectorAll('span'))"
                        + ".some(s => s.scrollWidth > s.clientWidth + 1))"
                        + ".map(th => th.textContent.trim());", tableId);
    }

    /**
     * Content-Security-Policy violations since the last call: from the console and from the pages'
     * violation events (which also catch blocked evals the page's script swallowed).
     */
    public List<String> cspViolations() {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                found.add(entry.getMessage());
            }
        }
        Object events = ((JavascriptExecutor) driver).executeScript(
                "var v = JSON.parse(sessionStorage.getItem('__csp') || '[]'); sessionStorage.removeItem('__csp'); return v;");
        if (events instanceof List<?> list) {
            list.forEach(v -> found.add(String.valueOf(v)));
        }
        return found;
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
