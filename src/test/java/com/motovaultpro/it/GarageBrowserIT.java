package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real headless Chromium: register, sign in, add a vehicle, see its tile, edit it,
 * delete it; another person cannot open it.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class GarageBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    GarageBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    @Test
    void registerSignInAddEditAndDeleteAVehicle() throws Exception {
        walkThrough();
    }

    /**
     * The vehicle form decodes the VIN when it is typed: a European VIN (no check digit) names its
     * make and country and offers both years position 10 can mean; the person picks one, and it is
     * saved. A North-American VIN's year is certain; a wrong check digit is a field error.
     */
    @Test
    void theVehicleFormOffersTheMakeAndYearTheVinSays() throws Exception {
        Api owner = Api.newUser(server, "vinform");
        browser.signIn(owner.username());
        browser.open("/vehicles/edit.xhtml");
        browser.type("vehicleForm:vin", "wp0zzz99zts392124");
        browser.type("vehicleForm:model", "911");
        assertEquals("Porsche", browser.text(By.id("vinMakes")));
        assertEquals("Germany", browser.text(By.id("vinCountry")));
        assertEquals("no check digit in this region", browser.text(By.id("vinCheckDigit")));
        assertTrue(browser.text(By.id("vehicleForm:vinYears")).contains("1996, 2026"),
                browser.text(By.id("vehicleForm:vinYears")));
        vinButton("Use Porsche").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> "Porsche".equals(d.findElement(By.id("vehicleForm:make")).getAttribute("value")));
        vinButton("Use 1996").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> "1996".equals(d.findElement(By.id("vehicleForm:year")).getAttribute("value")));
        assertEquals("911", browser.driver().findElement(By.id("vehicleForm:model")).getAttribute("value"),
                "what the person typed elsewhere stays");
        browser.type("vehicleForm:licensePlate", "VIN-911");
        browser.click("vehicleForm:save");
        browser.waitFor(By.id("addVehicle"));
        JsonObject saved = owner.get("/api/v1/vehicles").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals("Porsche", saved.getString("make"));
        assertEquals(1996, saved.getInt("year"));
        assertEquals("WP0ZZZ99ZTS392124", saved.getString("vin"));

        browser.open("/vehicles/edit.xhtml");
        browser.type("vehicleForm:vin", "1HGCM82633A004352");
        browser.type("vehicleForm:model", "Accord");
        assertTrue(browser.text(By.id("vehicleForm:vinYears")).equals("Model year 2003"),
                browser.text(By.id("vehicleForm:vinYears")));
        assertEquals("check digit correct", browser.text(By.id("vinCheckDigit")));
        browser.type("vehicleForm:vin", "1HGCM82643A004352");
        browser.type("vehicleForm:model", "Accord");
        assertTrue(browser.text(By.cssSelector("#vehicleForm\\:vinField .ui-message-error")).contains("check digit"));
        assertTrue(browser.driver().findElements(By.id("vinMakes")).isEmpty(), "no decoding of a mistyped VIN");
    }

    /** The header's search box finds a record of any vehicle and opens the tab it lives on; also at phone width. */
    @Test
    void theHeaderSearchFindsARecordAndOpensItsTab() throws Exception {
        Api owner = Api.newUser(server, "searchui");
        long volvo = vehicle(owner, "FIND-1", 2015, "Volvo", "V70");
        owner.post("/api/v1/vehicles/" + volvo + "/repair",
                "{\"date\":\"2024-06-01\",\"odometer\":3000,\"description\":\"Clutch replaced\",\"cost\":400.00}");
        browser.signIn(owner.username());
        WebElement box = browser.waitFor(By.id("navSearch"));
        box.sendKeys("clutch", Keys.ENTER);
        browser.waitFor(By.id("searchHits"));
        assertTrue(browser.text(By.id("searchCount")).startsWith("1 records found"), browser.text(By.id("searchCount")));
        String row = browser.text(By.cssSelector("#searchHits tbody tr"));
        assertTrue(row.contains("FIND-1") && row.contains("Repair") && row.contains("$400.00"), row);
        browser.waitFor(By.cssSelector("#searchHits a.search-hit")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("id=" + volvo) && d.getCurrentUrl().contains("tab=repair"));

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/search.xhtml?q=" + "x".repeat(201));
            assertTrue(browser.text(By.id("searchRefused")).contains("200"), "too long: said so");
            browser.type("searchText", "no such thing");
            browser.click("searchSubmit");
            assertEquals("No records match.", browser.text(By.id("searchNone")));
            assertTrue(browser.waitFor(By.id("navSearch")).isDisplayed(), "the header's box on a phone too");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** A sold vehicle's page says so and offers no changes until its owner reopens its records. */
    @Test
    void aSoldVehicleIsReadOnlyUntilItsRecordsAreReopened() throws Exception {
        Api owner = Api.newUser(server, "soldui");
        long car = vehicle(owner, "SOLD-1", 2012, "Saab", "9-3");
        owner.post("/api/v1/vehicles/" + car + "/fuel", "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40}");
        assertEquals(200, owner.put("/api/v1/vehicles/" + car, "{\"year\":2012,\"make\":\"Saab\",\"model\":\"9-3\","
                + "\"licensePlate\":\"SOLD-1\",\"fuelType\":\"GASOLINE\",\"odometerUnit\":\"KILOMETERS\","
                + "\"soldDate\":\"2024-05-01\"}").status());
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + car + "&tab=fuel");
        assertTrue(browser.text(By.id("soldBanner")).contains("read-only"), browser.text(By.id("soldBanner")));
        assertTrue(browser.driver().findElements(By.id("fuelActions:add")).isEmpty(), "no way to add a fill-up");
        browser.click("soldForm:reopen");
        browser.waitFor(By.id("fuelActions:add"));
        assertTrue(browser.text(By.id("soldBanner")).contains("reopened"), browser.text(By.id("soldBanner")));
        assertFalse(owner.get("/api/v1/vehicles/" + car).json().getBoolean("recordsReadOnly"));
        browser.click("soldForm:close");
        browser.waitFor(By.id("soldForm:reopen"));
        assertTrue(browser.driver().findElements(By.id("fuelActions:add")).isEmpty());
    }

    private WebElement vinButton(String label) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#vehicleForm\\:vinDecoding button")).stream()
                        .filter(b -> b.getText().equals(label)).findFirst().orElse(null));
    }

    /**
     * Tiles show total cost or cost per distance (chosen on the page and remembered), come in the
     * saved order, and narrow down as the user types.
     */
    @Test
    void tilesShowTheChosenFigureInTheChosenOrderAndFilter() throws Exception {
        Api owner = Api.newUser(server, "tiles");
        long volvo = vehicle(owner, "GAR-A", 2015, "Volvo", "V70");
        long skoda = vehicle(owner, "GAR-B", 2021, "Skoda", "Octavia");
        vehicle(owner, "GAR-C", 2019, "Mazda", "MX-5");
        owner.post("/api/v1/vehicles/" + volvo + "/service",
                "{\"date\":\"2024-01-01\",\"odometer\":1000,\"description\":\"Oil\",\"cost\":100.00}");
        owner.post("/api/v1/vehicles/" + volvo + "/repair",
                "{\"date\":\"2024-06-01\",\"odometer\":3000,\"description\":\"Clutch\",\"cost\":400.00}");
        owner.post("/api/v1/vehicles/" + skoda + "/repair",
                "{\"date\":\"2024-06-01\",\"description\":\"Gearbox\",\"cost\":1500.00}");
        assertEquals(200, owner.put("/api/v1/account/garage", "{\"figure\":\"TOTAL_COST\",\"sort\":\"COST\"}").status());
        assertEquals(400, owner.put("/api/v1/account/garage", "{\"sort\":\"PRETTIEST\"}").status());

        browser.signIn(owner.username());
        browser.open("/index.xhtml");
        assertEquals(List.of("GAR-B", "GAR-A", "GAR-C"), tileIdentifiers(), "most money spent first");
        assertTrue(tileText(volvo).contains("Total cost: $500.00"), tileText(volvo));

        // 500 over 2,000 km
        browser.waitFor(By.id("garageForm:figure_label")).sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> tileText(volvo).contains("Cost per distance: $0.25 / km"));
        assertEquals("COST_PER_DISTANCE", owner.get("/api/v1/account/garage").json().getString("figure"),
                "the choice is remembered");

        browser.type("garageForm:filter", "skoda");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> tileIdentifiers().equals(List.of("GAR-B")));
        browser.type("garageForm:filter", "tesla");
        assertTrue(browser.waitFor(By.id("garageNoMatch")).isDisplayed());
        browser.signOut();
    }

    /**
     * Every language the pages speak: chosen from the header, its words on the page (from its own
     * bundle), and money in its locale's format and currency (the display defaults follow the
     * language), remembered for the person.
     */
    @Test
    void eachLanguageIsSelectableAndFormatsFiguresItsWay() throws Exception {
        Api owner = Api.newUser(server, "lang");
        long car = vehicle(owner, "LANG-1", 2020, "Renault", "Clio");
        owner.post("/api/v1/vehicles/" + car + "/service",
                "{\"date\":\"2024-01-01\",\"odometer\":1000,\"description\":\"Oil\",\"cost\":1234.50}");
        browser.signIn(owner.username());
        // as the JDK formats them (its spaces, narrow and non-breaking, read as plain ones)
        Map<String, String> money = Map.of("fr", "1 234,50 \u20ac", "es", "1.234,50 \u20ac", "nl", "\u20ac 1.234,50",
                "de", "1.234,50 \u20ac", "en", "$1,234.50");
        for (String language : List.of("fr", "es", "de", "en", "nl")) {
            Properties bundle = bundle(language);
            browser.chooseLanguage(bundle.getProperty("language." + language));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBe(By.id("addVehicle"), bundle.getProperty("garage.add")));
            assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            String figure = browser.text(By.cssSelector("li.tile[data-vehicle-id='" + car + "'] .money"));
            assertEquals(money.get(language), figure.replace('\u00a0', ' ').replace('\u202f', ' '), language);
            browser.open("/vehicles/view.xhtml?id=" + car + "&tab=fuel");
            assertEquals(List.of(), browser.cutHeaders("fuelForm:fuelTable"), language + ": the fuel table's headers");
            browser.open("/index.xhtml");
        }
        browser.signOut();
        browser.signIn(owner.username());
        assertEquals(bundle("nl").getProperty("garage.add"), browser.text(By.id("addVehicle")), "remembered");
        browser.signOut();
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        String suffix = language.equals("en") ? "" : "_" + language;
        try (InputStream in = Files.newInputStream(
                Path.of("src/main/resources/com/motovaultpro/i18n/Messages" + suffix + ".properties"))) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }

    private static long vehicle(Api owner, String plate, int year, String make, String model) {
        return owner.post("/api/v1/vehicles", "{\"year\":" + year + ",\"make\":\"" + make + "\",\"model\":\"" + model
                + "\",\"licensePlate\":\"" + plate + "\",\"fuelType\":\"GASOLINE\",\"odometerUnit\":\"KILOMETERS\"}")
                .json().getJsonNumber("id").longValue();
    }

    private List<String> tileIdentifiers() {
        return browser.driver().findElements(By.cssSelector("#activeVehicles .tile-identifier")).stream()
                .map(WebElement::getText).toList();
    }

    private String tileText(long vehicleId) {
        return browser.text(By.cssSelector("li.tile[data-vehicle-id='" + vehicleId + "']"));
    }

    /** Switching accounts without signing out: the new account stays signed in on every page. */
    @Test
    void signingInAsSomeoneElseWithoutSigningOutKeepsTheNewAccount() throws Exception {
        Api first = Api.newUser(server, "first");
        Api second = Api.newUser(server, "second");
        long secondsVehicle = second.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        browser.signIn(first.username());
        browser.signIn(second.username());
        browser.open("/vehicles/view.xhtml?id=" + secondsVehicle);
        assertEquals("MV-1234", browser.text(By.id("vehicleIdentifier")));
        assertEquals(second.username(), browser.text(By.cssSelector(".user-name")));
        browser.signOut();
    }

    private void walkThrough() {
        String username = "driver-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/register.xhtml");
        browser.type("registerForm:username", username);
        browser.type("registerForm:password", Api.PASSWORD);
        browser.type("registerForm:passwordRepeated", Api.PASSWORD);
        browser.click("registerForm:submit");
        browser.waitFor(By.id("loginForm"));

        browser.type("loginForm:username", username);
        browser.type("loginForm:password", "not-my-password");
        browser.click("loginForm:submit");
        assertTrue(browser.text(By.id("globalMessages")).contains("Invalid credentials"), "a failed sign-in says only that");

        browser.signIn(username);
        assertTrue(browser.text(By.id("garageEmpty")).contains("garage is empty"));

        browser.click("addVehicle");
        browser.type("vehicleForm:year", "2018");
        browser.type("vehicleForm:make", "Mazda");
        browser.type("vehicleForm:model", "MX-5");
        browser.type("vehicleForm:licensePlate", "RF-2018");
        browser.type("vehicleForm:vin", "1HGCM82633A004353"); // wrong check digit
        browser.click("vehicleForm:save");
        assertTrue(browser.text(By.cssSelector(".field .ui-message-error")).contains("check digit"),
                "the bad field says what is wrong");
        browser.driver().findElement(By.id("vehicleForm:vin")).clear();
        browser.click("vehicleForm:save");

        WebElement tile = browser.waitFor(By.cssSelector("#activeVehicles .tile"));
        assertTrue(tile.getText().contains("RF-2018"), tile.getText());
        assertTrue(tile.getText().contains("2018 Mazda MX-5"), tile.getText());
        String vehicleId = tile.getAttribute("data-vehicle-id");

        tile.findElement(By.tagName("a")).click();
        assertEquals("RF-2018", browser.text(By.id("vehicleIdentifier")), "the tile opens the vehicle's page");
        browser.click("editVehicle");
        browser.waitFor(By.id("vehicleForm:trim")).sendKeys("RF Club");
        browser.click("vehicleForm:save");
        assertTrue(browser.waitFor(By.cssSelector("#activeVehicles .tile")).getText().contains("MX-5 RF Club"));

        // German, remembered for this user across sign-out and sign-in
        browser.chooseLanguage("Deutsch");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("addVehicle"), "Fahrzeug hinzuf\u00fcgen"));
        browser.signOut();
        browser.signIn(username);
        assertEquals("Fahrzeug hinzuf\u00fcgen", browser.text(By.id("addVehicle")));

        browser.signOut();
        String otherUser = "other-" + UUID.randomUUID().toString().substring(0, 8);
        Api.anonymous(server).post("/api/v1/accounts",
                "{\"username\":\"" + otherUser + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        browser.signIn(otherUser);
        browser.open("/vehicles/edit.xhtml?id=" + vehicleId);
        assertEquals("Not found · MotoVaultPro", browser.driver().getTitle(), "someone else's vehicle is not found");
        browser.open("/vehicles/view.xhtml?id=" + vehicleId);
        assertEquals("Not found · MotoVaultPro", browser.driver().getTitle(), "nor its logbook");
        browser.signOut();

        browser.signIn(username);
        browser.waitFor(By.cssSelector("#activeVehicles .tile a")).click();
        browser.click("editVehicle");
        browser.click("vehicleForm:delete");
        browser.click("vehicleForm:confirmYes");
        browser.waitFor(By.id("garageEmpty"));
        assertTrue(browser.driver().findElements(By.cssSelector("#activeVehicles .tile")).isEmpty());

        // Nothing is lost by a wrong click: the trash gives it back.
        browser.click("navTrash");
        assertTrue(browser.text(By.id("trashForm:vehicles")).contains("RF-2018"));
        browser.waitFor(By.cssSelector("[id$=':restore']")).click();
        browser.click("navGarage");
        assertTrue(browser.waitFor(By.cssSelector("#activeVehicles .tile")).getText().contains("RF-2018"));
    }
}
