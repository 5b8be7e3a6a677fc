package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Personal API keys on the settings page: created with a name, shown once, working on the API,
 * listed by prefix only, revoked with one click (and then refused), all under the page policy.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysBrowserIT {

    private final LibertyServer server;
    private final Browser browser;

    ApiKeysBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    @Test
    void aKeyIsCreatedShownOnceUsedAndRevokedOnTheSettingsPage() throws Exception {
        walk();
    }

    private void walk() {
        Api user = Api.newUser(server, "keyui");
        browser.signIn(user.username());
        browser.open("/settings.xhtml");
        browser.type("apiKeysForm:keyName", "Home Assistant");
        browser.click("apiKeysForm:createKey");
        String key = browser.waitFor(By.id("apiKeysForm:newKey")).getAttribute("value");
        assertTrue(key.startsWith("mvp_"), key);
        assertTrue(browser.text(By.id("apiKeysForm:keys")).contains("Home Assistant"));
        assertEquals(List.of(), browser.cutHeaders("apiKeysForm:keys"), "every column header readable at 1280 px");

        Api withKey = Api.anonymous(server).withAuthorization("ApiKey " + key);
        assertEquals(user.username(), withKey.get("/api/v1/account").json().getString("username"));
        assertEquals(403, withKey.post("/api/v1/vehicles", VehicleApiIT.ACCORD).status(), "the default scope reads only");

        browser.open("/settings.xhtml");
        assertTrue(browser.driver().findElements(By.id("apiKeysForm:newKey")).isEmpty(), "shown once, never again");
        String listed = browser.text(By.id("apiKeysForm:keys"));
        assertTrue(listed.contains(key.substring(0, 14) + "_…"), listed);
        assertTrue(!listed.contains(key.substring(15)), "the secret part is not listed");
        assertTrue(listed.contains("Active"), listed);

        browser.click("apiKeysForm:keys:0:revoke");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("apiKeysForm:keys")).contains("Revoked"));
        assertEquals(401, withKey.get("/api/v1/account").status(), "revoked at once");
        assertEquals(List.of(), browser.cspViolations(), "the settings page under its policy");
    }
}
