package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A driver link from end to end: the vehicle's owner makes one on the sharing tab (address and QR
 * code shown once); someone without an account opens it on a phone and adds a fill-up and an
 * odometer reading — signed with the link in the logbook and the audit log — and nothing else;
 * the link's hourly limit, its revocation (also under an open form) and its expiry stop it.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class DriverLinkBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    DriverLinkBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void someoneWithoutAnAccountAddsAFillUpAndAReadingThroughTheLinkAndNothingElse() {
        Api owner = Api.newUser(server, "drivers");
        long car = vehicle(owner, "DRIVE-1");
        assertEquals(201, owner.post(fuel(car), "{\"date\":\"2024-01-01\",\"odometer\":12000,\"quantity\":40,\"cost\":70.00}").status());

        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + car + "&tab=sharing");
        browser.type("driverLinksForm:linkLabel", "Anna");
        browser.click("driverLinksForm:createLink");
        String url = browser.waitFor(By.id("driverLinksForm:newLink")).getAttribute("value");
        WebElement qr = browser.waitFor(By.cssSelector("#newDriverLink svg.qr-code"));
        assertEquals("Anna", qr.getAttribute("aria-label"));
        assertTrue(browser.driver().findElements(By.cssSelector("#newDriverLink svg.qr-code path")).get(0)
                .getAttribute("d").length() > 500, "a drawn code");
        assertEquals("Active", browser.text(By.id("driverLinksForm:links:0:linkStatus")));
        browser.signOut();
        long link = owner.get(links(car)).jsonValue().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String path = url.substring(url.indexOf("/driver.xhtml"));

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open(path);
            assertEquals("DRIVE-1", browser.text(By.id("driverVehicle")));
            assertEquals(LocalDate.now().toString(), value("driverForm:date"), "today");
            assertEquals("12000", value("driverForm:odometer_input"), "the last reading");
            browser.type("driverForm:odometer_input", "12400");
            browser.type("driverForm:quantity_input", "38.2");
            browser.type("driverForm:cost_input", "66.10");
            browser.click("driverForm:save");
            assertTrue(browser.text(By.id("driverForm:driverSaved")).contains("Fill-up saved"));
            JsonObject fillUp = recordAt(owner, fuel(car), 12400);
            assertEquals(38.2, fillUp.getJsonNumber("quantity").doubleValue());
            assertEquals("driver link #" + link, fillUp.getString("createdBy"));

            browser.click("otherKind");
            assertEquals("12400", value("driverForm:odometer_input"), "the reading just saved is the last one");
            browser.type("driverForm:odometer_input", "12650");
            browser.click("driverForm:save");
            assertTrue(browser.text(By.id("driverForm:driverSaved")).contains("Odometer reading saved"));
            assertEquals("driver link #" + link, recordAt(owner, "/api/v1/vehicles/" + car + "/odometer", 12650)
                    .getString("createdBy"));

            Api.Reply events = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD)
                    .get("/api/v1/admin/audit-events?actor=" + URLEncoder.encode("driver link #" + link, StandardCharsets.UTF_8));
            assertEquals(200, events.status(), events.body());
            List<JsonObject> audited = events.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
            assertEquals(List.of("DRIVER_LINK_ENTRY", "DRIVER_LINK_ENTRY"), audited.stream().map(e -> e.getString("action")).toList());
            assertTrue(audited.stream().allMatch(e -> e.getString("subject").equals("vehicle " + car)
                    && e.getString("detail").startsWith("\"Anna\" added ")), audited.toString());

            // Nothing else: the application itself still asks to sign in.
            browser.open("/vehicles/view.xhtml?id=" + car);
            browser.waitFor(By.id("loginForm"));

            // The link's hourly limit (4 on the test server): two more, then refused, nothing saved.
            for (int odometer : List.of(12700, 12750)) {
                browser.open(path + "&type=odometer");
                browser.type("driverForm:odometer_input", Integer.toString(odometer));
                browser.click("driverForm:save");
                browser.waitFor(By.id("driverForm:driverSaved"));
            }
            browser.open(path + "&type=odometer");
            browser.type("driverForm:odometer_input", "12800");
            browser.click("driverForm:save");
            assertTrue(browser.text(By.id("globalMessages")).contains("Too many entries"), browser.text(By.id("globalMessages")));
            assertEquals(List.of(12650, 12700, 12750), records(owner, "/api/v1/vehicles/" + car + "/odometer").stream()
                    .map(r -> r.getJsonNumber("odometer").intValue()).sorted().toList(), "the refused reading is not saved");
            assertEquals(2, records(owner, fuel(car)).size());
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aRevokedOrExpiredLinkStopsWorkingAtOnceEvenUnderAnOpenForm() throws SQLException {
        Api owner = Api.newUser(server, "driversend");
        long car = vehicle(owner, "DRIVE-2");
        JsonObject onTheTab = owner.post(links(car), "{\"label\":\"Ben\"}").json();
        JsonObject underAForm = owner.post(links(car), "{\"label\":\"Cleo\"}").json();
        JsonObject expiring = owner.post(links(car), "{\"label\":\"Temp\"}").json();

        // Revoked on the sharing tab.
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + car + "&tab=sharing");
        String row = "//span[contains(@id, ':rowLabel') and text()='Ben']/ancestor::tr";
        browser.waitFor(By.xpath(row + "//button[contains(@id, ':revokeLink')]")).click();
        browser.click("sharingForm:confirmYes");
        browser.waitFor(By.xpath(row + "//span[contains(@id, ':linkStatus') and text()='Revoked']"));
        browser.signOut();
        browser.open(DriverLinkApiIT.pathOf(onTheTab));
        assertTrue(browser.text(By.id("driverClosed")).contains("revoked"), browser.text(By.id("driverClosed")));

        // Revoked while the driver's form is open: the save is refused.
        browser.open(DriverLinkApiIT.pathOf(underAForm));
        browser.type("driverForm:quantity_input", "20");
        assertEquals(204, owner.delete(links(car) + "/" + underAForm.getJsonNumber("id")).status());
        browser.click("driverForm:save");
        assertTrue(browser.text(By.id("driverClosed")).contains("revoked"), browser.text(By.id("driverClosed")));
        assertEquals(0, records(owner, fuel(car)).size(), "nothing saved through a revoked link");

        try (Connection db = TestDatabase.connect(server);
             PreparedStatement backdate = db.prepareStatement("UPDATE driver_link SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            backdate.setLong(1, expiring.getJsonNumber("id").longValue());
            assertEquals(1, backdate.executeUpdate());
        }
        browser.open(DriverLinkApiIT.pathOf(expiring));
        assertTrue(browser.text(By.id("driverClosed")).contains("expired"), browser.text(By.id("driverClosed")));
    }

    private String value(String id) {
        return browser.waitFor(By.id(id)).getAttribute("value");
    }

    private static String fuel(long car) {
        return "/api/v1/vehicles/" + car + "/fuel";
    }

    private static String links(long car) {
        return "/api/v1/vehicles/" + car + "/driver-links";
    }

    private static List<JsonObject> records(Api owner, String path) {
        return owner.get(path).json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject recordAt(Api owner, String path, int odometer) {
        return records(owner, path).stream().filter(r -> r.getJsonNumber("odometer").intValue() == odometer).findFirst()
                .orElseThrow(() -> new AssertionError("no record at " + odometer + " in " + path));
    }

    private static long vehicle(Api owner, String plate) {
        return owner.post("/api/v1/vehicles", "{\"year\":2021,\"make\":\"Renault\",\"model\":\"Kangoo\",\"licensePlate\":\""
                + plate + "\",\"fuelType\":\"DIESEL\",\"odometerUnit\":\"KILOMETERS\",\"fuelVolumeUnit\":\"LITRES\"}")
                .json().getJsonNumber("id").longValue();
    }
}
