package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * A person in a real headless Chromium: register, sign in, add a vehicle, see its tile, edit it,
 * delete it; another person cannot open it. On CI a missing browser fails the build.
 */
@ExtendWith(RunningServer.class)
class GarageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;

    private final LibertyServer server;

    GarageBrowserIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    static void openBrowser() throws Exception {
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
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void registerSignInAddEditAndDeleteAVehicle() throws Exception {
        try {
            walkThrough();
        } catch (Throwable failure) {
            keepEvidence("registerSignInAddEditAndDeleteAVehicle");
            throw failure;
        }
    }

    /** On failure: what the browser showed, for the person reading the report. */
    private static void keepEvidence(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
    }

    private void walkThrough() {
        String username = "driver-" + UUID.randomUUID().toString().substring(0, 8);
        open("/register.xhtml");
        type("registerForm:username", username);
        type("registerForm:password", Api.PASSWORD);
        type("registerForm:passwordRepeated", Api.PASSWORD);
        click("registerForm:submit");
        waitFor(By.id("loginForm"));

        type("loginForm:username", username);
        type("loginForm:password", "not-my-password");
        click("loginForm:submit");
        assertTrue(text(By.id("globalMessages")).contains("Invalid credentials"), "a failed sign-in says only that");

        signIn(username);
        assertTrue(text(By.id("garageEmpty")).contains("garage is empty"));

        click("addVehicle");
        type("vehicleForm:year", "2018");
        type("vehicleForm:make", "Mazda");
        type("vehicleForm:model", "MX-5");
        type("vehicleForm:licensePlate", "RF-2018");
        type("vehicleForm:vin", "1HGCM82633A004353"); // wrong check digit
        click("vehicleForm:save");
        assertTrue(text(By.cssSelector("[id='vehicleForm:vin'] ~ .ui-message-error, .field .ui-message-error"))
                .contains("check digit"), "the bad field says what is wrong");
        browser.findElement(By.id("vehicleForm:vin")).clear();
        click("vehicleForm:save");

        WebElement tile = waitFor(By.cssSelector("#activeVehicles .tile"));
        assertTrue(tile.getText().contains("RF-2018"), tile.getText());
        assertTrue(tile.getText().contains("2018 Mazda MX-5"), tile.getText());
        String vehicleId = tile.getAttribute("data-vehicle-id");

        tile.findElement(By.tagName("a")).click();
        WebElement trim = waitFor(By.id("vehicleForm:trim"));
        trim.sendKeys("RF Club");
        click("vehicleForm:save");
        assertTrue(waitFor(By.cssSelector("#activeVehicles .tile")).getText().contains("MX-5 RF Club"));

        // German, remembered for this user across sign-out and sign-in
        browser.findElements(By.cssSelector("#userMenu a.lang")).stream()
                .filter(a -> a.getText().equals("Deutsch")).findFirst().orElseThrow().click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("addVehicle"), "Fahrzeug hinzuf\u00fcgen"));
        signOut();
        signIn(username);
        assertEquals("Fahrzeug hinzuf\u00fcgen", text(By.id("addVehicle")));

        signOut();
        String otherUser = "other-" + UUID.randomUUID().toString().substring(0, 8);
        Api.anonymous(server).post("/api/v1/accounts",
                "{\"username\":\"" + otherUser + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        signIn(otherUser);
        open("/vehicles/edit.xhtml?id=" + vehicleId);
        assertEquals("Not found · MotoVaultPro", browser.getTitle(), "someone else's vehicle is not found");
        signOut();

        signIn(username);
        waitFor(By.cssSelector("#activeVehicles .tile a")).click();
        click("vehicleForm:delete");
        WebElement yes = waitFor(By.id("vehicleForm:confirmYes"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(yes)).click();
        waitFor(By.id("garageEmpty"));
        assertTrue(browser.findElements(By.cssSelector("#activeVehicles .tile")).isEmpty());
    }

    private void signIn(String username) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", Api.PASSWORD);
        click("loginForm:submit");
        waitFor(By.id("addVehicle"));
    }

    private void signOut() {
        click("logout");
        waitFor(By.id("loginForm"));
    }

    private void open(String path) {
        browser.get(server.baseUri().resolve(path).toString());
    }

    private void type(String id, String value) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void click(String id) {
        waitFor(By.id(id)).click();
    }

    private String text(By by) {
        return waitFor(by).getText();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
