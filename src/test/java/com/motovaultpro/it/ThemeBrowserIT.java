package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dark mode: chosen per person on the settings page (light, dark, or the device's), kept across
 * sign-out and sign-in like the language, and the pages' colours follow: PrimeFaces' Vela sheet
 * for the components, the application's own colours for the rest; "as on my device" follows the
 * browser's prefers-color-scheme.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class ThemeBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    ThemeBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void theChosenThemeIsKeptAndColoursThePages() {
        Api owner = Api.newUser(server, "theme");
        browser.signIn(owner.username());
        assertEquals("system", theme(), "the device decides until the person chooses");
        assertTrue(isLight(background()), "a light device: light pages " + background());

        emulate("dark");
        browser.open("/index.xhtml");
        assertTrue(isDark(background()), "a dark device: dark pages " + background());
        emulate("light");

        browser.open("/settings.xhtml");
        // System, Light, Dark: two steps down from the default, with the keyboard.
        browser.waitFor(By.id("preferencesForm:theme_label")).sendKeys(Keys.ARROW_DOWN);
        browser.driver().findElement(By.id("preferencesForm:theme_label")).sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("preferencesForm:theme_label"), "Dark"));
        browser.click("preferencesForm:save");
        browser.waitFor(By.cssSelector("html[data-theme='dark']"));
        assertTrue(isDark(background()), "dark although the device is light: " + background());
        assertEquals("DARK", owner.get("/api/v1/account/preferences").json().getString("theme"));
        assertTrue(stylesheets().stream().anyMatch(href -> href.contains("primefaces-vela-blue")), stylesheets().toString());
        assertTrue(isDark(background()), "the dark sheet applies on screen");

        browser.signOut();
        browser.signIn(owner.username());
        assertEquals("dark", theme(), "remembered for the person");
        assertTrue(isDark(background()));

        assertEquals(200, owner.put("/api/v1/account/preferences", "{\"theme\":\"LIGHT\"}").status());
        browser.open("/index.xhtml");
        assertEquals("light", theme());
        emulate("dark");
        browser.open("/index.xhtml");
        assertTrue(isLight(background()), "light although the device is dark: " + background());
        emulate("light");
        assertEquals(400, owner.put("/api/v1/account/preferences", "{\"theme\":\"PURPLE\"}").status());
        browser.signOut();
    }

    private String theme() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("data-theme");
    }

    private String background() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.body).backgroundColor");
    }

    @SuppressWarnings("unchecked")
    private List<String> stylesheets() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href)");
    }

    private void emulate(String scheme) {
        browser.emulateColorScheme(scheme);
    }

    private static boolean isDark(String rgb) {
        return luminance(rgb) < 0.2;
    }

    private static boolean isLight(String rgb) {
        return luminance(rgb) > 0.8;
    }

    /** Rough relative brightness 0..1 of "rgb(r, g, b)". */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        return (0.2126 * Double.parseDouble(parts[0]) + 0.7152 * Double.parseDouble(parts[1])
                + 0.0722 * Double.parseDouble(parts[2])) / 255;
    }
}
