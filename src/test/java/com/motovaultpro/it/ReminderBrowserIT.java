package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reminder due by odometer in a real browser: added on the reminders tab, shown on the garage
 * tile, past due once a fill-up passes its odometer, and closed by "done".
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class ReminderBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    ReminderBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    private String tileOf(long vehicleId) {
        return browser.text(By.cssSelector("li.tile[data-vehicle-id='" + vehicleId + "']"));
    }

    @Test
    void aReminderDueByOdometerTurnsPastDueOnTheGarageTile() throws Exception {
        Api owner = Api.newUser(server, "remind-ui");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        owner.post("/api/v1/vehicles/" + id + "/fuel",
                "{\"date\":\"" + LocalDate.now().minusDays(10) + "\",\"odometer\":10000,\"quantity\":40}");
        browser.signIn(owner.username());

        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=reminders");
        browser.click("reminderActions:add");
        browser.waitFor(By.id("reminderDialogForm:description"));
        browser.type("reminderDialogForm:description", "Oil change");
        browser.type("reminderDialogForm:dueOdometer_input", "10500");
        browser.click("reminderDialogForm:save");
        browser.waitUntilGone(By.id("reminderDialog"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                d.findElement(By.id("reminderForm:reminderTable")).getText().contains("Oil change"));
        assertTrue(browser.text(By.id("reminderForm:reminderTable")).contains("Not urgent"));

        browser.click("navGarage");
        assertTrue(tileOf(id).contains("Not urgent") && tileOf(id).contains("Oil change"), tileOf(id));

        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=fuel");
        browser.click("fuelActions:add");
        browser.waitFor(By.id("fuelDialogForm:odometer_input"));
        browser.type("fuelDialogForm:odometer_input", "10600");
        browser.type("fuelDialogForm:quantity_input", "35");
        browser.click("fuelDialogForm:save");
        browser.waitUntilGone(By.id("fuelDialog"));

        browser.click("navGarage");
        assertTrue(tileOf(id).contains("Past due") && tileOf(id).contains("Oil change"), tileOf(id));
        assertTrue(browser.driver().findElement(By.cssSelector("li.tile[data-vehicle-id='" + id + "'] .tile-reminder"))
                .getAttribute("class").contains("urgency-PAST_DUE"));

        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=reminders");
        browser.click("reminderForm:reminderTable:0:done");
        browser.waitFor(By.id("reminderDoneForm:complete"));
        browser.click("reminderDoneForm:complete");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                d.findElement(By.id("reminderForm:reminderTable")).getText().contains("No open reminders"));
    }

    @Test
    void anAdministratorChangesTheDefaultThresholdsOnTheSettingsPage() throws Exception {
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        try {
            browser.signIn(AccountApiIT.ADMIN);
            browser.click("navAdmin");
            browser.type("settingsForm:urgentDays_input", "60");
            browser.click("settingsForm:save");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("globalMessages")).getText().contains("Settings saved."));
            assertEquals("60", browser.driver().findElement(By.id("settingsForm:urgentDays_input")).getAttribute("value"));
            assertEquals(60,
                    admin.get("/api/v1/admin/reminder-thresholds").json().getInt("urgentDays"));
        } finally {
            admin.put("/api/v1/admin/reminder-thresholds",
                    "{\"urgentDays\":30,\"veryUrgentDays\":7,\"urgentDistance\":100,\"veryUrgentDistance\":50}");
            browser.signOut();
        }
    }
}
