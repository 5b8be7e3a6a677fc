package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newer record types in a real browser: a recurring fee saved long ago shows its successor,
 * a hostile note renders as formatting only, a plan walked across the board turns into a service
 * record, and the shop supplies page stores a supply with no vehicle.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class RecordTypesBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    RecordTypesBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    private long signedInWithVehicle(String prefix) {
        Api owner = Api.newUser(server, prefix);
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        browser.signIn(owner.username());
        return id;
    }

    private List<WebElement> rows(String p) {
        return browser.driver().findElements(By.cssSelector("#" + p + "Form\\:" + p + "Table_data tr[data-ri]"));
    }

    private void waitForRows(String p, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> rows(p).size() == count);
    }

    private void openDialog(String p) {
        browser.click(p + "Actions:add");
        browser.waitFor(By.id(p + "DialogForm:date_input"));
    }

    private void save(String p) {
        browser.click(p + "DialogForm:save");
        browser.waitUntilGone(By.id(p + "Dialog"));
    }

    @Test
    void aRecurringFeeSavedLongAgoShowsItsSuccessor() throws Exception {
        long id = signedInWithVehicle("tax-ui");
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=tax");
        openDialog("tax");
        LocalDate paid = LocalDate.now().minusMonths(13);
        browser.type("taxDialogForm:date_input", paid.toString());
        browser.type("taxDialogForm:description", "Registration");
        browser.type("taxDialogForm:cost_input", "95");
        browser.type("taxDialogForm:recurrenceInterval_input", "12");
        save("tax");
        waitForRows("tax", 2);
        String newest = rows("tax").get(0).getText();
        assertTrue(newest.contains("Registration") && newest.contains("95.00"), newest);
        assertTrue(rows("tax").get(1).getText().contains("Renewed"), rows("tax").get(1).getText());
    }

    @Test
    void aHostileNoteRendersAsFormattingOnly() throws Exception {
        long id = signedInWithVehicle("note-ui");
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=note");
        openDialog("note");
        browser.type("noteDialogForm:title", "Tyres");
        browser.type("noteDialogForm:notes", "**225/45** <script>window.hacked=1</script> <img src=x onerror=window.hacked=2>");
        save("note");
        waitForRows("note", 1);
        WebElement table = browser.driver().findElement(By.id("noteForm:noteTable"));
        assertEquals("225/45", table.findElement(By.cssSelector(".markdown strong")).getText());
        assertEquals(0, table.findElements(By.cssSelector(".markdown script, .markdown img")).size());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return window.hacked === undefined"));
    }

    @Test
    void aPlanWalkedToDoneBecomesAServiceRecord() throws Exception {
        long id = signedInWithVehicle("plan-ui");
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=plan");
        openDialog("plan");
        browser.type("planDialogForm:description", "Timing belt");
        browser.type("planDialogForm:cost_input", "450");
        save("plan");
        By card = By.cssSelector("#planBoard .plan-card");
        WebElement column = browser.waitFor(card).findElement(By.xpath("ancestor::section[1]"));
        assertTrue(column.getText().startsWith("Backlog"), column.getText());
        for (String next : List.of("In progress", "Testing", "Done")) {
            WebElement forward = browser.driver().findElement(By.cssSelector("#planBoard .plan-card button[id$='forward']"));
            forward.click();
            // The board is re-rendered by AJAX: an element found mid-update may go stale.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(card)
                    .findElement(By.xpath("ancestor::section[1]")).getText().startsWith(next));
        }
        assertTrue(browser.text(By.id("globalMessages")).contains("now in the logbook"), browser.text(By.id("globalMessages")));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#planBoard button[id$='forward']")).size(),
                "done is the last column");

        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=service");
        waitForRows("service", 1);
        String service = rows("service").get(0).getText();
        assertTrue(service.contains("Timing belt") && service.contains("450.00"), service);
    }

    @Test
    void shopSuppliesBelongToNoVehicle() throws Exception {
        signedInWithVehicle("shop-ui");
        browser.click("navSupplies");
        browser.waitFor(By.id("shopActions:add"));
        openDialog("shop");
        browser.type("shopDialogForm:description", "Brake cleaner");
        browser.type("shopDialogForm:quantity_input", "6");
        browser.type("shopDialogForm:cost_input", "23.94");
        save("shop");
        waitForRows("shop", 1);
        assertTrue(rows("shop").get(0).getText().contains("Brake cleaner"), rows("shop").get(0).getText());
        assertTrue(browser.text(By.id("shopTotals")).contains("23.94"), browser.text(By.id("shopTotals")));
    }

    @Test
    void selectedRowsGetATagAndMoveToAnotherVehicle() throws Exception {
        Api owner = Api.newUser(server, "bulk-ui");
        long car = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long van = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("MV-1234", "VAN-1"))
                .json().getJsonNumber("id").longValue();
        for (String day : List.of("01", "02", "03")) {
            owner.post("/api/v1/vehicles/" + car + "/repair", "{\"date\":\"2024-02-" + day + "\",\"description\":\"Fix " + day + "\"}");
        }
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + car + "&tab=repair");
        waitForRows("repair", 3);
        for (int row : new int[] {0, 1}) {
            rows("repair").get(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        browser.type("repairForm:bulkTag", "brakes");
        browser.click("repairForm:bulkAddTag");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> browser.text(By.id("globalMessages")).contains("Tag added to 2 record(s)"));
        assertEquals(2, rows("repair").stream().filter(r -> r.getText().contains("brakes")).count());

        rows("repair").get(2).findElement(By.cssSelector(".ui-chkbox-box")).click();
        // Choose the other vehicle by keyboard, as a person tabbing through the bar would.
        browser.waitFor(By.id("repairForm:bulkMoveTarget_label")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("repairForm:bulkMoveTarget_label")).getText().equals("VAN-1"));
        browser.click("repairForm:bulkMove");
        waitForRows("repair", 2);
        assertEquals(1, owner.get("/api/v1/vehicles/" + van + "/repair").json().getJsonNumber("total").longValue());
    }

    @Test
    void anEditorIsNotOfferedToMoveTheOwnersRecordsIntoTheirOwnVehicle() throws Exception {
        Api owner = Api.newUser(server, "bulk-ui-owner");
        Api editor = Api.newUser(server, "bulk-ui-editor");
        long car = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        editor.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("MV-1234", "MINE-1"));
        owner.post("/api/v1/vehicles/" + car + "/collaborators", "{\"user\":\"" + editor.username() + "\",\"role\":\"EDITOR\"}");
        editor.post("/api/v1/invitations/" + car + "/accept", "");
        owner.post("/api/v1/vehicles/" + car + "/repair", "{\"date\":\"2024-02-01\",\"description\":\"Fix\"}");
        browser.signIn(editor.username());
        browser.open("/vehicles/view.xhtml?id=" + car + "&tab=repair");
        waitForRows("repair", 1);
        assertTrue(browser.driver().findElements(By.id("repairForm:bulkDuplicate")).size() == 1, "copying is offered");
        assertTrue(browser.driver().findElements(By.id("repairForm:bulkMove")).isEmpty(), "moving out is not");
    }

    @Test
    void moneyAndDatesFollowTheFormattingLocale() throws Exception {
        Api owner = Api.newUser(server, "format-ui");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        owner.post("/api/v1/vehicles/" + id + "/service", "{\"date\":\"2024-01-31\",\"description\":\"Big one\",\"cost\":1234.56}");
        owner.put("/api/v1/account/preferences", "{\"formatLocale\":\"de-DE\"}");
        browser.signIn(owner.username());
        browser.click("navSettings");
        assertTrue(browser.text(By.id("preferencesForm:formatLocale_label")).contains("1.234,56"),
                "the saved locale is shown with a sample");
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=service");
        waitForRows("service", 1);
        String row = rows("service").get(0).getText().replace('\u00a0', ' ');
        assertTrue(row.contains("1.234,56 €"), row);
        assertTrue(row.contains("31.01.2024"), row);
        assertTrue(browser.text(By.id("serviceTotals")).replace('\u00a0', ' ').contains("1.234,56 €"));

        // Fuel bought in litres, shown in the viewer's US gallons.
        owner.put("/api/v1/account/preferences", "{\"formatLocale\":\"de-DE\",\"volumeUnit\":\"US_GALLONS\"}");
        long octavia = owner.post("/api/v1/vehicles", "{\"year\":2020,\"make\":\"Skoda\",\"model\":\"Octavia\","
                + "\"fuelType\":\"DIESEL\",\"odometerUnit\":\"KILOMETERS\",\"fuelVolumeUnit\":\"LITRES\"}")
                .json().getJsonNumber("id").longValue();
        owner.post("/api/v1/vehicles/" + octavia + "/fuel", "{\"date\":\"2024-02-01\",\"odometer\":1000,\"quantity\":37.854}");
        browser.open("/vehicles/view.xhtml?id=" + octavia + "&tab=fuel");
        waitForRows("fuel", 1);
        assertTrue(rows("fuel").get(0).getText().contains("10 US gallons"), rows("fuel").get(0).getText());
        assertTrue(browser.text(By.id("fuelTotals")).contains("gal (US)"), browser.text(By.id("fuelTotals")));
    }

    @Test
    void aServiceUsesSuppliesFromStock() throws Exception {
        Api owner = Api.newUser(server, "use-ui");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long oil = owner.post("/api/v1/vehicles/" + id + "/supply",
                "{\"date\":\"2024-01-01\",\"description\":\"Oil 5W-30\",\"quantity\":5,\"cost\":42.50}")
                .json().getJsonNumber("id").longValue();
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=service");

        openDialog("service");
        browser.type("serviceDialogForm:description", "Oil change");
        browser.type("serviceDialogForm:supplyList:0:use", "9");
        browser.click("serviceDialogForm:save");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("serviceDialogForm")).getText().contains("Oil 5W-30: only 5 left."));
        assertEquals(0, rows("service").size(), "nothing saved");

        browser.type("serviceDialogForm:supplyList:0:use", "4");
        save("service");
        waitForRows("service", 1);
        assertTrue(rows("service").get(0).getText().contains("34.00"), rows("service").get(0).getText());
        jakarta.json.JsonObject left = owner.get("/api/v1/vehicles/" + id + "/supply/" + oil).json();
        assertEquals(0, left.getJsonNumber("quantity").bigDecimalValue().compareTo(java.math.BigDecimal.ONE), left.toString());
        assertEquals("8.50", left.getJsonNumber("cost").bigDecimalValue().toPlainString());
    }

    @Test
    void anExtraFieldDefinedInSettingsIsFilledInTheDialogAndShownAsAColumn() throws Exception {
        long id = signedInWithVehicle("xf-ui");
        browser.click("navSettings");
        browser.type("extraFieldsForm:name", "Octane");
        browser.waitFor(By.id("extraFieldsForm:type_label")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("extraFieldsForm:type_label")).getText().equals("Whole number"));
        browser.click("extraFieldsForm:addField");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("extraFieldsForm:fields")).getText().contains("Octane"));
        assertTrue(browser.text(By.id("extraFieldsForm:fields")).contains("Whole number"),
                browser.text(By.id("extraFieldsForm:fields")));

        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=fuel");
        openDialog("fuel");
        browser.type("fuelDialogForm:odometer_input", "1000");
        browser.type("fuelDialogForm:quantity_input", "40");
        browser.type("fuelDialogForm:extraFields:0:extraValue", "ninety-five");
        browser.click("fuelDialogForm:save");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("fuelDialogForm")).getText().contains("must be a whole number"));
        browser.type("fuelDialogForm:extraFields:0:extraValue", "95");
        save("fuel");
        waitForRows("fuel", 1);
        assertTrue(browser.text(By.id("fuelForm:fuelTable")).contains("Octane"), "a column for the field");
        assertTrue(rows("fuel").get(0).getText().contains("95"), rows("fuel").get(0).getText());
    }

    /**
     * A record list on a phone (390 × 844): the filters and bulk actions folded away, each record a
     * compact card (date, quantity, cost), the first fill-up in view without scrolling; a tap on
     * the card opens its dialog with everything else.
     */
    @Test
    void aRecordListOnAPhoneShowsTheFirstRecordFirst() throws Exception {
        Api owner = Api.newUser(server, "phone-list");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        for (int i = 0; i < 3; i++) {
            assertEquals(201, owner.post("/api/v1/vehicles/" + id + "/fuel", "{\"date\":\"2024-0" + (i + 1)
                    + "-01\",\"odometer\":" + (1000 + i * 300) + ",\"quantity\":10,\"cost\":35.00,\"tags\":[\"trip\"]}").status());
        }
        browser.signIn(owner.username());
        try {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.open("/vehicles/view.xhtml?id=" + id + "&tab=fuel");
            WebElement first = rows("fuel").get(0);
            long viewport = ((Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return window.innerHeight")).longValue();
            assertTrue(first.getRect().getY() + first.getRect().getHeight() <= viewport,
                    "the newest fill-up is in view: " + first.getRect() + " of " + viewport);
            assertTrue(!browser.driver().findElement(By.id("fuelFilters:tag")).isDisplayed(), "filters folded away");
            assertTrue(!browser.driver().findElement(By.id("fuelForm:bulkTag")).isDisplayed(), "bulk actions folded away");
            assertTrue(first.getText().contains("$35.00"), first.getText());
            assertTrue(!first.getText().contains("trip"), "tags are in the dialog, not on the card: " + first.getText());
            assertTrue(first.getRect().getHeight() < 90, "a compact card, not a column of labels: " + first.getRect());

            first.findElements(By.cssSelector("td")).get(1).click(); // the date, not the selection box
            browser.waitFor(By.id("fuelDialogForm:odometer_input"));
            assertEquals("1600", browser.driver().findElement(By.id("fuelDialogForm:odometer_input")).getAttribute("value")
                    .replaceAll("[.,]00$", ""), "the tapped record's dialog");

            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            browser.open("/vehicles/view.xhtml?id=" + id + "&tab=fuel");
            assertTrue(browser.waitFor(By.id("fuelFilters:tag")).isDisplayed(), "on a wide screen the filters are open");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
        browser.signOut();
    }

    @Test
    void theLogbookFitsAPhoneScreen() throws Exception {
        try {
            long id = signedInWithVehicle("phone-ui");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            for (String tab : List.of("fuel", "service", "tax", "supply", "odometer", "note", "plan")) {
                browser.open("/vehicles/view.xhtml?id=" + id + "&tab=" + tab);
                browser.waitFor(By.id(tab + "Actions:add"));
                Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(((Number) overflow).intValue() <= 0, tab + " tab scrolls sideways by " + overflow + " px");
            }
            openDialog("plan");
            WebElement dialog = browser.driver().findElement(By.id("planDialog"));
            assertTrue(dialog.getSize().getWidth() <= 390, "the dialog fits: " + dialog.getSize());
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
