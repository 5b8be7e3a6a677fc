package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The logbook in a real browser: three fill-ups (full, partial, full) through the dialog show the
 * economy the rules give (600 km on 50 L = 8.33 L/100 km), totals and filters; a service with a
 * tag is found again by that tag; a fill-up is edited and deleted from its row.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class LogbookBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    LogbookBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    @Test
    void threeFillUpsShowTheirEconomy() throws Exception {
        Api owner = Api.newUser(server, "fuel-ui");
        long id = owner.post("/api/v1/vehicles", """
                {"year":2020,"make":"Skoda","model":"Octavia","licensePlate":"FUEL-1","fuelType":"GASOLINE",
                 "odometerUnit":"KILOMETERS","fuelVolumeUnit":"LITRES"}""").json().getJsonNumber("id").longValue();
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=fuel");
        assertTrue(browser.text(By.id("fuelForm:fuelTable")).contains("No fill-ups yet"));

        addFillUp("2024-01-01", "1000", "40", true, "commute");
        addFillUp("2024-01-05", "1300", "20", false, "trip");
        addFillUp("2024-01-10", "1600", "30", true, "trip");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).getText().contains("8.33"), "newest first, with its economy: " + rows.get(0).getText());
        assertEquals("8.33", browser.text(By.cssSelector("#economySummary .economy-average .value")),
                "the average economy is a number, not money");
        assertEquals("L/100 km", browser.text(By.cssSelector("#economySummary .economy-average .unit")));
        assertTrue(browser.text(By.id("fuelTotals")).contains("90"), "total fuel 90 L: "
                + browser.text(By.id("fuelTotals")));

        browser.type("fuelFilters:tag", "trip");
        browser.click("fuelFilters:applyFilters");
        browser.driver().findElement(By.id("fuelFilters:tag")); // page updated in place
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver(), java.time.Duration.ofSeconds(15));
        wait.until(d -> d.findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr")).size() == 2);
        assertTrue(browser.text(By.id("fuelTotals")).contains("50"), "totals follow the filter");
    }

    @Test
    void aServiceWithATagIsFoundByItsTag() throws Exception {
        Api owner = Api.newUser(server, "service-ui");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id);
        browser.waitFor(By.cssSelector("a.tab[href*='tab=service']")).click();
        assertTrue(browser.text(By.id("serviceForm:serviceTable")).contains("No services yet"));

        addService("2024-02-01", "45000", "Oil and filter", "oil");
        addService("2024-03-01", "46000", "Wiper blades", null);
        assertEquals(2, browser.driver().findElements(By.cssSelector("#serviceForm\\:serviceTable_data tr[data-ri]")).size());

        browser.type("serviceFilters:tag", "oil");
        browser.click("serviceFilters:applyFilters");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#serviceForm\\:serviceTable_data tr[data-ri]")).size() == 1);
        assertTrue(browser.text(By.id("serviceForm:serviceTable")).contains("Oil and filter"));
        assertTrue(browser.text(By.id("serviceTotals")).contains("1"), browser.text(By.id("serviceTotals")));
    }

    @Test
    void aFillUpIsEditedAndDeletedFromItsRow() throws Exception {
        Api owner = Api.newUser(server, "fuel-row-ui");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        owner.post("/api/v1/vehicles/" + id + "/fuel", "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40,\"cost\":60}");
        owner.post("/api/v1/vehicles/" + id + "/fuel", "{\"date\":\"2024-01-09\",\"odometer\":1500,\"quantity\":35,\"cost\":50}");
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=fuel");
        By rows = By.cssSelector("#fuelForm\\:fuelTable_data tr[data-ri]");
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver(), java.time.Duration.ofSeconds(15));

        // Edit, from the keyboard: the newest row's button opens the dialog with that fill-up.
        WebElement edit = browser.driver().findElements(rows).get(0).findElement(By.cssSelector("button[data-command='fuelEditRecord']"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(edit).perform();
        edit.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElement(By.id("fuelDialogForm:odometer_input")).getAttribute("value").startsWith("1500"));
        browser.type("fuelDialogForm:quantity_input", "36");
        browser.click("fuelDialogForm:save");
        browser.waitUntilGone(By.id("fuelDialog"));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(rows).get(0).getText().contains("36"));

        // Delete asks first: "cancel" keeps the row, "delete" removes it.
        browser.driver().findElements(rows).get(1).findElement(By.cssSelector("button[data-command='fuelDeleteRecord']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
        browser.click("fuelForm:confirmNo");
        assertEquals(2, browser.driver().findElements(rows).size());
        browser.driver().findElements(rows).get(1).findElement(By.cssSelector("button[data-command='fuelDeleteRecord']")).click();
        browser.waitFor(By.id("fuelForm:confirmYes")).click();
        wait.until(d -> d.findElements(rows).size() == 1);
        assertTrue(browser.text(By.id("fuelForm:fuelTable")).contains("1,500"), "the older fill-up went, the newer stays");
        assertEquals(1, owner.get("/api/v1/vehicles/" + id + "/fuel").json().getJsonArray("items").size());
        assertEquals(List.of(), browser.cspViolations());
    }

    private void addService(String date, String odometer, String description, String tag) {
        int before = browser.driver().findElements(By.cssSelector("#serviceForm\\:serviceTable_data tr[data-ri]")).size();
        browser.click("serviceActions:add");
        browser.waitFor(By.id("serviceDialogForm:date_input"));
        browser.type("serviceDialogForm:date_input", date);
        browser.type("serviceDialogForm:odometer_input", odometer);
        browser.type("serviceDialogForm:description", description);
        if (tag != null) {
            browser.waitFor(By.cssSelector("#serviceDialogForm\\:tags input")).sendKeys(tag + org.openqa.selenium.Keys.ENTER);
        }
        browser.click("serviceDialogForm:save");
        browser.waitUntilGone(By.id("serviceDialog"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#serviceForm\\:serviceTable_data tr[data-ri]")).size() == before + 1);
    }

    private void addFillUp(String date, String odometer, String litres, boolean full, String tag) {
        int before = browser.driver().findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr[data-ri]")).size();
        browser.click("fuelActions:add");
        browser.waitFor(By.id("fuelDialogForm:date_input"));
        browser.type("fuelDialogForm:date_input", date);
        browser.type("fuelDialogForm:odometer_input", odometer);
        browser.type("fuelDialogForm:quantity_input", litres);
        if (!full) {
            browser.driver().findElement(By.cssSelector("#fuelDialogForm\\:fullTank .ui-chkbox-box")).click();
        }
        WebElement tags = browser.waitFor(By.cssSelector("#fuelDialogForm\\:tags input"));
        tags.sendKeys(tag + org.openqa.selenium.Keys.ENTER);
        browser.click("fuelDialogForm:save");
        browser.waitUntilGone(By.id("fuelDialog"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#fuelForm\\:fuelTable_data tr[data-ri]")).size() == before + 1);
    }
}
