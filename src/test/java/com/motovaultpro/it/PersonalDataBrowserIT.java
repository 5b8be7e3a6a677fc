package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Settings, "Your data", in Chromium: the download link, and a personal export checked ("check
 * only": nothing stored), then restored into the signed-in account — under the page's CSP.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class PersonalDataBrowserIT {

    private static final String CHANNELS = "/api/v1/account/notification-channels";

    private final LibertyServer server;
    private final Browser browser;

    PersonalDataBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void anExportIsCheckedThenRestoredFromSettings() throws Exception {
        Api someone = Api.newUser(server, "export-source");
        long car = someone.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        assertEquals(201, someone.post("/api/v1/vehicles/" + car + "/fuel",
                "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40}").status());
        // Two notification channels; the person restoring has the second already.
        String ntfy = "{\"kind\":\"NTFY\",\"name\":\"Phone\",\"target\":\"http://127.0.0.2:9/topic\"}";
        assertEquals(201, someone.post(CHANNELS, "{\"kind\":\"WEBHOOK\",\"name\":\"Home\",\"target\":"
                + "\"http://127.0.0.2:9/hook\"}").status());
        assertEquals(201, someone.post(CHANNELS, ntfy).status());
        Path zip = Files.createTempDirectory("mvp-restore").resolve("export.zip");
        Files.write(zip, someone.getBytes("/api/v1/account/export.zip").body());

        Api person = Api.newUser(server, "restoreui");
        assertEquals(201, person.post(CHANNELS, ntfy).status());
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        browser.signIn(person.username());
        browser.cspViolations();
        browser.open("/settings.xhtml");
        assertTrue(browser.waitFor(By.id("exportAll")).getAttribute("href").endsWith("/account/export.zip"));

        browser.driver().findElement(By.cssSelector("[id='restoreForm'] input[type=file]")).sendKeys(zip.toString());
        browser.driver().findElement(By.cssSelector("[id='restoreForm:checkOnly'] .ui-chkbox-box")).click();
        browser.click("restoreForm:restore");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("can be restored"));
        assertEquals(0, person.get("/api/v1/vehicles").jsonValue().asJsonArray().size(), "checking stores nothing");
        assertTrue(browser.text(By.id("restoreForm")).contains("Notification channels: 1"),
                browser.text(By.id("restoreForm")));
        assertTrue(browser.text(By.cssSelector(".restore-left-out")).contains("You have this channel already"),
                browser.text(By.id("restoreForm")));
        assertTrue(browser.text(By.cssSelector(".restore-left-out")).contains("Phone"));

        browser.driver().findElement(By.cssSelector("[id='restoreForm:checkOnly'] .ui-chkbox-box")).click();
        browser.driver().findElement(By.cssSelector("[id='restoreForm'] input[type=file]")).sendKeys(zip.toString());
        browser.click("restoreForm:restore");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("Restored: 1 vehicle(s), 1 record(s)"));
        assertTrue(browser.text(By.id("restoreSummary")).contains("Vehicles: 1"));
        assertEquals(1, person.get("/api/v1/vehicles").jsonValue().asJsonArray().size());
        assertEquals(2, person.get(CHANNELS).jsonValue().asJsonArray().size(), "the webhook came, the ntfy not twice");
        assertEquals(List.of(), browser.cspViolations(), "the page runs under its content security policy");
    }
}
