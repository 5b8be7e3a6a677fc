package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The fuel log in a real browser: three fill-ups (full, partial, full) through the dialog, and
 * the page shows the economy the rules give (600 km on 50 L = 8.33 L/100 km), totals and filters.
 */
@ExtendWith(RunningServer.class)
class FuelLogBrowserIT {

    private static Browser browser;

    private final LibertyServer server;

    FuelLogBrowserIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    static void openBrowser(LibertyServer server) throws Exception {
        browser = Browser.open(server);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void threeFillUpsShowTheirEconomy() throws Exception {
        try {
            Api owner = Api.newUser(server, "fuel-ui");
            long id = owner.post("/api/v1/vehicles", """
                    {"year":2020,"make":"Skoda","model":"Octavia","licensePlate":"FUEL-1","fuelType":"GASOLINE",
                     "odometerUnit":"KILOMETERS","fuelVolumeUnit":"LITRES"}""").json().getJsonNumber("id").longValue();
            browser.signIn(owner.username());
            browser.open("/vehicles/view.xhtml?id=" + id);
            assertTrue(browser.text(By.id("fuelForm:fuelTable")).contains("No fill-ups yet"));

            addFillUp("2024-01-01", "1000", "40", true, "commute");
            addFillUp("2024-01-05", "1300", "20", false, "trip");
            addFillUp("2024-01-10", "1600", "30", true, "trip");

            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr"));
            assertEquals(3, rows.size());
            assertTrue(rows.get(0).getText().contains("8.33"), "newest first, with its economy: " + rows.get(0).getText());
            assertTrue(browser.text(By.cssSelector("#fuelForm .economy-average")).contains("8.33"), "average");
            assertTrue(browser.text(By.id("fuelTotals")).contains("90"), "total fuel 90 L: "
                    + browser.text(By.id("fuelTotals")));

            browser.type("fuelFilters:tag", "trip");
            browser.click("fuelFilters:applyFilters");
            browser.driver().findElement(By.id("fuelFilters:tag")); // page updated in place
            org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                    browser.driver(), java.time.Duration.ofSeconds(15));
            wait.until(d -> d.findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr")).size() == 2);
            assertTrue(browser.text(By.id("fuelTotals")).contains("50"), "totals follow the filter");
        } catch (Throwable failure) {
            browser.keepEvidence("threeFillUpsShowTheirEconomy");
            throw failure;
        }
    }

    private void addFillUp(String date, String odometer, String litres, boolean full, String tag) {
        int before = browser.driver().findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr[data-ri]")).size();
        browser.click("fuelActions:addFuel");
        browser.waitFor(By.id("fuelDialogForm:date_input"));
        browser.type("fuelDialogForm:date_input", date);
        browser.type("fuelDialogForm:odometer_input", odometer);
        browser.type("fuelDialogForm:quantity_input", litres);
        if (!full) {
            browser.driver().findElement(By.cssSelector("#fuelDialogForm\\:fullTank .ui-chkbox-box")).click();
        }
        WebElement tags = browser.waitFor(By.cssSelector("#fuelDialogForm\\:tags input"));
        tags.sendKeys(tag + org.openqa.selenium.Keys.ENTER);
        browser.click("fuelDialogForm:saveFuel");
        browser.waitUntilGone(By.id("fuelDialog"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr[data-ri]")).size() == before + 1);
    }
}
