package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.motovaultpro.vehicle.web.VehicleView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page passes axe-core (Deque's accessibility engine, run inside the real Chromium) with no
 * serious or critical violation of WCAG 2.1 A and AA, in the light and in the dark theme: the
 * signed-out pages (a driver link's page among them), the garage, every tab of a vehicle with
 * records in it, the vehicle form, its report and import pages, quick entry, settings, supplies,
 * trash, the offline page and the administration page.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class AccessibilityBrowserIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Browser browser;

    private final LibertyServer server;

    AccessibilityBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void everyPageInBothThemesHasNoSeriousOrCriticalViolation() {
        Api owner = Api.newUser(server, "a11y");
        long id = owner.post("/api/v1/vehicles", """
                {"year":2019,"make":"Volvo","model":"V60","licensePlate":"A11Y-1","fuelType":"GASOLINE",
                 "odometerUnit":"KILOMETERS","fuelVolumeUnit":"LITRES"}""").json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + id;
        owner.post(base + "/fuel", "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40,\"cost\":70.00}");
        owner.post(base + "/fuel", "{\"date\":\"2024-02-01\",\"odometer\":1600,\"quantity\":38,\"cost\":66.50,\"tags\":[\"trip\"]}");
        owner.post(base + "/service", "{\"date\":\"2024-03-01\",\"odometer\":2000,\"description\":\"Oil\",\"cost\":120.00}");
        owner.post(base + "/repair", "{\"date\":\"2024-04-01\",\"odometer\":2500,\"description\":\"Brakes\",\"cost\":300.00}");
        owner.post(base + "/note", "{\"date\":\"2024-04-02\",\"description\":\"Tyre pressure\",\"notes\":\"2.4 bar\"}");
        owner.post(base + "/reminders", "{\"description\":\"Inspection\",\"dueDate\":\"2024-05-01\"}");

        List<String> pages = new ArrayList<>(List.of("/index.xhtml", "/vehicles/edit.xhtml?id=" + id,
                "/vehicles/report.xhtml?id=" + id, "/vehicles/import.xhtml?id=" + id + "&type=fuel", "/settings.xhtml",
                "/supplies.xhtml", "/trash.xhtml", "/search.xhtml?q=oil", "/quick.xhtml?type=fuel&vehicle=" + id,
                "/quick.xhtml?type=odometer&vehicle=" + id, "/quick.xhtml?type=fuel"));
        VehicleView.TABS.forEach(tab -> pages.add("/vehicles/view.xhtml?id=" + id + "&tab=" + tab));
        String driverLink = DriverLinkApiIT.pathOf(owner.post(base + "/driver-links", "{\"label\":\"Axe\"}").json());

        List<String> found = new ArrayList<>();
        for (String theme : List.of("LIGHT", "DARK")) {
            assertEquals(200, owner.put("/api/v1/account/preferences", "{\"theme\":\"" + theme + "\"}").status());
            // Visitors follow their device: the signed-out pages in the device's dark mode too.
            browser.emulateColorScheme(theme.toLowerCase(Locale.ROOT));
            browser.open("/login.xhtml");
            found.addAll(check("signed out, " + theme, "/login.xhtml"));
            found.addAll(check("signed out, " + theme, "/register.xhtml"));
            found.addAll(check("signed out, " + theme, "/offline.xhtml"));
            found.addAll(check("signed out, " + theme, driverLink));
            found.addAll(check("signed out, " + theme, driverLink + "&type=odometer"));
            found.addAll(check("signed out, " + theme, "/driver.xhtml?link=" + "B".repeat(43)));
            browser.signIn(owner.username());
            for (String page : pages) {
                found.addAll(check(theme, page));
            }
            browser.signOut();
        }
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        for (String theme : List.of("LIGHT", "DARK")) {
            assertEquals(200, admin.put("/api/v1/account/preferences", "{\"theme\":\"" + theme + "\"}").status());
            browser.signIn(AccountApiIT.ADMIN);
            found.addAll(check(theme, "/admin/settings.xhtml"));
            browser.signOut();
        }
        admin.put("/api/v1/account/preferences", "{}");
        browser.emulateColorScheme("light");
        assertEquals(List.of(), found, "serious or critical accessibility violations");
    }

    /** The blocking violations of one page, one line each: where, which rule, how often, an example. */
    private List<String> check(String theme, String page) {
        browser.open(page);
        browser.waitFor(By.tagName("main"));
        int mains = browser.driver().findElements(By.tagName("main")).size();
        assertTrue(mains == 1, page + " opened: " + mains + " main elements at " + browser.driver().getCurrentUrl()
                + ", titled " + browser.driver().getTitle());
        assertTrue(!browser.driver().getTitle().startsWith("Not found"), page + " exists");
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                List<CheckedNode> nodes = rule.getNodes();
                lines.add(theme + " " + page + ": " + rule.getId() + " (" + rule.getImpact() + ") x" + nodes.size()
                        + " e.g. " + (nodes.isEmpty() ? "" : nodes.get(0).getTarget() + " " + nodes.get(0).getFailureSummary()));
            }
        }
        return lines;
    }
}
