package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages under their Content-Security-Policy and against stored script: every free-text field of
 * a vehicle and of each record type is filled with markup that would run if it were not escaped;
 * then every page and tab is opened in Chromium. Nothing may run, no element may be injected, the
 * text must show as typed, and the browser must report no CSP violation on any page.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSafetyBrowserIT {

    /** Fields that are not free text (dates, enums, identifiers checked by their own rules). */
    private static final Set<String> NOT_TEXT = Set.of("date", "purchaseDate", "soldDate", "fuelType", "odometerUnit",
            "kind", "progress", "priority", "vin", "role", "recurrenceUnit", "dueDate", "createdAt", "updatedAt");

    private final LibertyServer server;
    private final Browser browser;

    PageSafetyBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    private static String payload(String marker) {
        return "<img src=x data-xss=" + marker + " onerror=\"window.__xss='" + marker + "'\">";
    }

    @Test
    void storedMarkupIsShownAsTextRunsNowhereAndNoPageViolatesItsPolicy() throws Exception {
        walk();
    }

    private void walk() {
        Api owner = Api.newUser(server, "xss");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String v = "/api/v1/vehicles/" + vehicle;
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        accepted.put("vehicle", fillTextFields(owner, v, VehicleApiIT.ACCORD, "v"));
        for (Map.Entry<String, String> type : RecordTypesApiIT.VALID.entrySet()) {
            long id = owner.post(v + "/" + type.getKey(), type.getValue()).json().getJsonNumber("id").longValue();
            accepted.put(type.getKey(), fillTextFields(owner, v + "/" + type.getKey() + "/" + id, type.getValue(),
                    type.getKey().substring(0, 3)));
        }
        assertEquals(201, owner.post(v + "/reminders", "{\"description\":\"" + payload("rem").replace("\"", "\\\"")
                + "\",\"dueDate\":\"2030-01-01\"}").status());
        assertTrue(accepted.values().stream().mapToInt(List::size).sum() >= 15,
                "free-text fields took the markup: " + accepted);

        browser.signIn(owner.username());
        browser.cspViolations();
        List<String> pages = new ArrayList<>(List.of("/index.xhtml", "/vehicles/edit.xhtml?id=" + vehicle,
                "/vehicles/report.xhtml?id=" + vehicle, "/settings.xhtml", "/supplies.xhtml", "/trash.xhtml", "/search.xhtml?q=oil"));
        for (String tab : VehicleView.TABS) {
            pages.add("/vehicles/view.xhtml?id=" + vehicle + "&tab=" + tab);
        }
        StringBuilder shown = new StringBuilder();
        for (String page : pages) {
            browser.open(page);
            browser.waitFor(By.cssSelector("footer, .app-header"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            assertNull(js.executeScript("return document.querySelector('[data-xss]') && document.querySelector('[data-xss]').outerHTML;"),
                    page + ": markup from a field became an element");
            assertNull(js.executeScript("return window.__xss;"), page + ": script from a field ran");
            assertEquals(List.of(), browser.cspViolations(), page + ": Content-Security-Policy violations");
            shown.append(browser.driver().findElement(By.tagName("body")).getText());
        }
        for (String marker : List.of("data-xss=v", "data-xss=ser", "data-xss=tax", "data-xss=not",
                "data-xss=rem")) {
            assertTrue(shown.toString().contains(marker), "the markup of " + marker + " shows as text somewhere");
        }

        // An AJAX round trip under the policy: the language switch and back.
        browser.open("/index.xhtml");
        browser.chooseLanguage("Deutsch");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
        browser.chooseLanguage("English");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals(List.of(), browser.cspViolations(), "language switch");
    }

    /**
     * Sets each free-text field of the resource, one at a time, to markup; returns the fields that
     * took it (a field with a stricter format refuses it with 400, which is just as safe).
     */
    private static List<String> fillTextFields(Api owner, String resource, String validBody, String prefix) {
        JsonObject current = owner.get(resource).json();
        JsonObject base = Json.createReader(new StringReader(validBody)).readObject();
        List<String> accepted = new ArrayList<>();
        JsonObject body = base;
        for (Map.Entry<String, JsonValue> field : current.entrySet()) {
            boolean text = field.getValue().getValueType() == JsonValue.ValueType.STRING
                    || field.getValue().getValueType() == JsonValue.ValueType.NULL;
            if (!text || NOT_TEXT.contains(field.getKey()) || field.getKey().endsWith("At")) {
                continue;
            }
            JsonObject candidate = Json.createObjectBuilder(body).add(field.getKey(), payload(prefix)).build();
            Api.Reply reply = owner.put(resource, candidate.toString());
            if (reply.status() == 200) {
                accepted.add(field.getKey());
                body = candidate;
            } else {
                assertEquals(400, reply.status(), field.getKey() + ": " + reply.body());
            }
        }
        return accepted;
    }
}
