package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The installable app: Chromium finds nothing that keeps it from being installed (its own
 * installability rules, over the DevTools protocol), the manifest offers "Add fill-up" on the home
 * screen, the service worker controls the pages, and what it keeps holds nobody's data: versioned
 * static resources, icons and the offline page (fetched without a session), never a page.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class InstallableAppBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    InstallableAppBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    private JsonObject manifest(String languages) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUri().resolve("/manifest.webmanifest")).header("Accept-Language", languages).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"));
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    @Test
    void chromiumCanInstallItAndItsWorkerKeepsNoPersonalData() throws Exception {
        Api owner = Api.newUser(server, "pwa");
        long car = owner.post("/api/v1/vehicles", "{\"year\":2018,\"make\":\"Kia\",\"model\":\"Niro\",\"licensePlate\":\"PWA-1\","
                + "\"fuelType\":\"HYBRID\",\"odometerUnit\":\"KILOMETERS\"}").json().getJsonNumber("id").longValue();
        browser.signIn(owner.username());
        browser.open("/index.xhtml");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        String worker = (String) js.executeAsyncScript(
                "const done = arguments[0]; navigator.serviceWorker.ready.then(r => done(r.active.scriptURL));");
        assertTrue(worker.contains("/sw.js?v="), "registered under its own version: " + worker);

        Map<String, Object> result = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertEquals(List.of(), result.get("installabilityErrors"), "Chromium's installability rules");

        JsonObject manifest = manifest("en-US,en;q=0.9");
        assertEquals("standalone", manifest.getString("display"));
        assertTrue(manifest.getJsonArray("shortcuts").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("name").equals("Add fill-up") && s.getString("url").equals("quick.xhtml?type=fuel")));
        JsonObject german = manifest("de-DE,de;q=0.9");
        assertEquals("de", german.getString("lang"));
        assertEquals("Tankf\u00fcllung erfassen", german.getJsonArray("shortcuts").getJsonObject(0).getString("name"),
                "the home screen in the browser's language");

        // Pages visited while the worker is in charge: none of them is kept.
        browser.open("/index.xhtml");
        browser.open("/vehicles/view.xhtml?id=" + car + "&tab=fuel");
        browser.open("/settings.xhtml");
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) js.executeAsyncScript("const done = arguments[0];"
                + "caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))"
                + ".then(lists => done(lists.flat().map(r => r.url)));");
        assertTrue(kept.stream().anyMatch(url -> url.contains("/jakarta.faces.resource/")), "static resources are kept: " + kept);
        for (String url : kept) {
            boolean offlinePage = url.endsWith("/offline.xhtml");
            boolean versioned = url.contains("/jakarta.faces.resource/") && !url.contains("dynamiccontent")
                    && url.matches(".*[?&](v|h)=.*");
            assertTrue(offlinePage || versioned, "kept: " + url);
        }
        String offline = (String) js.executeAsyncScript("const done = arguments[0];"
                + "caches.match(new URL('offline.xhtml', location.origin + (document.documentElement.dataset.context || '') + '/').href)"
                + ".then(r => r ? r.text() : 'missing').then(done);");
        assertTrue(offline.contains("id=\"offline\""), offline);
        assertFalse(offline.contains(owner.username()), "the offline page holds no one's name");
        browser.signOut();
    }
}
