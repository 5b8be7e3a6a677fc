package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Quick entry on a phone (390 × 844): from the garage a fill-up in two taps — the tile's
 * "Fill-up", then Save once the figures are typed — on a form that fits one screen, with numeric
 * keyboards, today's date and the last odometer reading filled in; the same for an odometer
 * reading; the installed app's shortcut asks which vehicle when there are several. Only vehicles
 * the person may add records to: a viewer is refused, a stranger finds nothing.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class QuickEntryBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    QuickEntryBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void aFillUpAndAReadingFromTheGarageOnAPhone() {
        Api owner = Api.newUser(server, "quick");
        long car = vehicle(owner, "QUICK-1");
        assertEquals(201, owner.post("/api/v1/vehicles/" + car + "/fuel",
                "{\"date\":\"2024-01-01\",\"odometer\":12000,\"quantity\":40,\"cost\":70.00}").status());
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.signIn(owner.username());
            browser.open("/index.xhtml");
            browser.click("quickFuel-" + car);                                        // tap 1

            assertEquals("QUICK-1", browser.text(By.id("quickVehicle")));
            assertEquals(LocalDate.now().toString(), value("quickForm:date"), "today");
            assertEquals("date", browser.driver().findElement(By.id("quickForm:date")).getAttribute("type"));
            assertEquals("12000", value("quickForm:odometer_input"), "the last reading");
            for (String input : List.of("quickForm:odometer_input", "quickForm:quantity_input", "quickForm:cost_input")) {
                assertEquals("decimal", browser.driver().findElement(By.id(input)).getAttribute("inputmode"), input);
            }
            WebElement save = browser.driver().findElement(By.id("quickForm:save"));
            long viewport = ((Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return window.innerHeight")).longValue();
            assertTrue(save.getRect().getY() + save.getRect().getHeight() <= viewport,
                    "the whole form fits one screen: Save at " + save.getRect() + ", screen " + viewport);

            browser.type("quickForm:odometer_input", "12500");
            browser.type("quickForm:quantity_input", "35.5");
            browser.type("quickForm:cost_input", "61.80");
            browser.click("quickForm:save");                                          // tap 2
            assertTrue(browser.text(By.id("globalMessages")).contains("QUICK-1"), "saved, back in the garage");
            JsonObject fillUp = owner.get("/api/v1/vehicles/" + car + "/fuel").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("odometer").doubleValue() == 12500).findFirst().orElseThrow();
            assertEquals(35.5, fillUp.getJsonNumber("quantity").doubleValue());
            assertEquals(61.80, fillUp.getJsonNumber("cost").doubleValue());
            assertEquals(LocalDate.now().toString(), fillUp.getString("date"));

            // A lower reading asks to be confirmed, as everywhere.
            browser.click("quickOdometer-" + car);
            assertEquals("12500", value("quickForm:odometer_input"));
            browser.type("quickForm:odometer_input", "11000");
            browser.click("quickForm:save");
            browser.waitFor(By.id("quickForm:confirmLower"));
            browser.driver().findElement(By.cssSelector("#quickForm\\:confirmLower .ui-chkbox-box")).click();
            browser.click("quickForm:save");
            assertTrue(browser.text(By.id("globalMessages")).contains("QUICK-1"), browser.text(By.id("globalMessages")));
            JsonObject reading = owner.get("/api/v1/vehicles/" + car + "/odometer").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("odometer").intValue() == 11000).findFirst().orElseThrow();
            assertEquals(11000, reading.getJsonNumber("initialOdometer").intValue(),
                    "a confirmed lower reading starts a new stretch");

            // The app's shortcut: which vehicle, when there are two.
            long van = vehicle(owner, "QUICK-2");
            browser.open("/quick.xhtml?type=fuel");
            List<String> offered = browser.driver().findElements(By.cssSelector("#quickChoices .quick-choice strong"))
                    .stream().map(WebElement::getText).toList();
            assertEquals(List.of("QUICK-1", "QUICK-2"), offered.stream().sorted().toList());
            browser.driver().findElements(By.cssSelector("#quickChoices .quick-choice")).stream()
                    .filter(a -> a.getText().contains("QUICK-2")).findFirst().orElseThrow().click();
            assertEquals("QUICK-2", browser.text(By.id("quickVehicle")));
            assertTrue(van > 0);
            browser.signOut();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void onlyVehiclesThePersonMayAddRecordsTo() {
        Api owner = Api.newUser(server, "quick-own");
        long car = vehicle(owner, "QUICK-OWN");
        Api viewer = Api.newUser(server, "quick-view");
        assertEquals(201, owner.post("/api/v1/vehicles/" + car + "/collaborators",
                "{\"user\":\"" + viewer.username() + "\",\"role\":\"VIEWER\"}").status());
        assertEquals(204, viewer.post("/api/v1/invitations/" + car + "/accept", "").status());
        Api stranger = Api.newUser(server, "quick-stranger");

        browser.signIn(viewer.username());
        browser.open("/index.xhtml");
        assertTrue(browser.driver().findElements(By.id("quickFuel-" + car)).isEmpty(), "no shortcut for a viewer");
        browser.open("/quick.xhtml?type=fuel&vehicle=" + car);
        assertTrue(browser.driver().getTitle().startsWith("Not allowed"), "as the vehicle's own pages: "
                + browser.driver().getTitle());
        browser.open("/quick.xhtml?type=fuel");
        assertTrue(browser.waitFor(By.id("quickNoVehicle")).isDisplayed(), "nothing to choose from");
        browser.signOut();

        browser.signIn(stranger.username());
        browser.open("/quick.xhtml?type=odometer&vehicle=" + car);
        assertTrue(browser.driver().getTitle().startsWith("Not found"), browser.driver().getTitle());
        browser.signOut();
        assertEquals(0, owner.get("/api/v1/vehicles/" + car + "/fuel").json().getJsonArray("items").size());
    }

    private String value(String id) {
        return browser.waitFor(By.id(id)).getAttribute("value");
    }

    private static long vehicle(Api owner, String plate) {
        return owner.post("/api/v1/vehicles", "{\"year\":2020,\"make\":\"Dacia\",\"model\":\"Jogger\",\"licensePlate\":\""
                + plate + "\",\"fuelType\":\"GASOLINE\",\"odometerUnit\":\"KILOMETERS\",\"fuelVolumeUnit\":\"LITRES\"}")
                .json().getJsonNumber("id").longValue();
    }
}
