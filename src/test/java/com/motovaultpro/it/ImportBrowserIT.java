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
 * The import page in Chromium: from the fuel tab's "Import CSV", a file with a bad row is checked
 * and previewed (the bad row named by line and column, nothing stored), then its valid rows are
 * imported and shown on the tab — under the page's CSP and CSRF protection.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class ImportBrowserIT {

    private final LibertyServer server;
    private final Browser browser;

    ImportBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void aFileIsPreviewedWithItsBadRowThenItsValidRowsAreImported() throws Exception {
        Api owner = Api.newUser(server, "importui");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        Path file = Files.writeString(Files.createTempDirectory("mvp-import").resolve("fuelly.csv"), """
                Date,Odometer,FuelConsumed,Cost,IsFillToFull,Notes,Tags,Station
                2024-01-05,1000,40,60.00,True,First,,Shell
                2024-01-19,1400,35.5,53.25,True,"Long trip, quoted",trip,Aral
                someday,1500,20,30,True,Bad date,,
                2024-02-02,1700,20,30,False,Half tank,,
                """);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));

        browser.signIn(owner.username());
        browser.cspViolations();
        browser.open("/vehicles/view.xhtml?id=" + vehicle + "&tab=fuel");
        assertTrue(browser.waitFor(By.id("fuelActions:exportCsv")).getAttribute("href")
                .contains("/vehicles/export.csv?id=" + vehicle + "&type=fuel"));
        browser.click("fuelActions:importCsv");
        browser.waitFor(By.id("importForm:preview"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.click("importForm:preview");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("summary")).contains("Rows: 4 · can be imported: 3"));
        String errors = browser.text(By.id("importForm:errors"));
        assertTrue(errors.contains("4") && errors.contains("Date") && errors.contains("not a date"), errors);
        assertTrue(browser.text(By.id("previewRows")).contains("Long trip, quoted"));
        assertTrue(browser.text(By.id("ignored")).contains("Station"));
        assertEquals(0, owner.get("/api/v1/vehicles/" + vehicle + "/fuel").json().getInt("total"), "a preview stores nothing");

        // All or nothing (the default) refuses the file; the valid rows only are then imported.
        browser.click("importForm:import");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("Nothing was imported"));
        assertEquals(0, owner.get("/api/v1/vehicles/" + vehicle + "/fuel").json().getInt("total"));
        browser.driver().findElement(By.cssSelector("[id='importForm:validOnly'] .ui-chkbox-box")).click();
        browser.click("importForm:import");
        wait.until(d -> d.getCurrentUrl().contains("tab=fuel"));
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("3 record(s) imported"));
        assertEquals(3, owner.get("/api/v1/vehicles/" + vehicle + "/fuel").json().getInt("total"));
        assertEquals(List.of(), browser.cspViolations(), "the page runs under its content security policy");
    }

    @Test
    void extraFieldsTheFileNamesAreCreatedFromThePageThenItsRowsPass() throws Exception {
        Api owner = Api.newUser(server, "importfields");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        Path file = Files.writeString(Files.createTempDirectory("mvp-import").resolve("lubelogger.csv"), """
                Date,Odometer,FuelConsumed,Cost,IsFillToFull,extrafield_Station
                2024-01-05,1000,40,60.00,True,Shell
                2024-01-19,1400,35.5,53.25,True,Aral
                """);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        browser.signIn(owner.username());
        browser.open("/vehicles/import.xhtml?id=" + vehicle + "&type=fuel");
        browser.waitFor(By.id("importForm:preview"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.click("importForm:preview");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("summary")).contains("Rows: 2 · can be imported: 0"));
        assertTrue(browser.text(By.id("missingFields")).contains("Station"), browser.text(By.id("missingFields")));

        browser.click("importForm:createFields");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("summary")).contains("Rows: 2 · can be imported: 2"));
        assertTrue(browser.text(By.id("globalMessages")).contains("Extra fields created: Station"));
        assertTrue(owner.get("/api/v1/extra-fields").body().contains("\"name\":\"Station\""),
                "created as the owner's field");
        assertTrue(browser.driver().findElements(By.id("missingFields")).isEmpty());
        assertTrue(browser.text(By.id("previewRows")).contains("Aral"));
    }
}
