package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sharing in a real headless Chromium: the owner invites someone on the sharing tab, they accept
 * on their garage page and see the vehicle read-only as a viewer; promoted to editor they may add
 * records; then they leave and the vehicle is gone from their garage.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class SharingBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    SharingBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    @Test
    void inviteAcceptReadOnlyAsViewerEditAsEditorAndLeave() throws Exception {
        walkThrough();
    }

    private void walkThrough() {
        Api owner = Api.newUser(server, "sharer");
        Api friend = Api.newUser(server, "friend");
        long car = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String page = "/vehicles/view.xhtml?id=" + car;
        FluentWait<WebDriver> wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class);

        // The owner invites the friend as a viewer (the default role).
        browser.signIn(owner.username());
        browser.open(page + "&tab=sharing");
        browser.type("sharingForm:inviteUser", friend.username());
        browser.click("sharingForm:invite");
        wait.until(d -> browser.text(By.id("globalMessages")).contains("is invited"));
        assertTrue(browser.text(By.id("sharingForm:people")).contains("Invited"));
        browser.signOut();

        // The friend accepts on the garage page; the tile says how it is shared.
        browser.signIn(friend.username());
        By invitation = By.cssSelector("li.invitation[data-vehicle-id='" + car + "']");
        assertTrue(browser.text(invitation).contains("as Viewer"), browser.text(invitation));
        browser.driver().findElement(invitation).findElement(By.cssSelector("button[id$='accept']")).click();
        By tile = By.cssSelector("li.tile[data-vehicle-id='" + car + "']");
        wait.until(d -> browser.text(tile).contains("Shared with you as Viewer"));

        // As a viewer: everything readable, nothing offered to change.
        browser.open(page + "&tab=fuel");
        assertEquals("Shared with you as Viewer", browser.text(By.id("sharedRole")));
        assertTrue(browser.driver().findElements(By.id("fuelActions:add")).isEmpty(), "no add button for a viewer");
        assertTrue(browser.driver().findElements(By.id("editVehicle")).isEmpty(), "no edit button for a viewer");
        browser.open(page + "&tab=sharing");
        assertTrue(browser.driver().findElements(By.id("sharingForm:inviteUser")).isEmpty(), "viewers invite nobody");
        browser.signOut();

        // The owner makes the friend an editor in the table.
        browser.signIn(owner.username());
        browser.open(page + "&tab=sharing");
        browser.waitFor(By.cssSelector("[id$=':role_label']")).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> owner.get("/api/v1/vehicles/" + car + "/collaborators").body().contains("\"role\":\"EDITOR\""));
        browser.signOut();

        // As an editor: records can be added; then the friend leaves.
        browser.signIn(friend.username());
        browser.open(page + "&tab=fuel");
        browser.waitFor(By.id("fuelActions:add"));
        browser.open(page + "&tab=sharing");
        browser.click("sharingForm:people:1:leave");
        browser.click("sharingForm:confirmYes");
        wait.until(d -> browser.text(By.id("globalMessages")).contains("You left MV-1234"));
        assertTrue(browser.driver().findElements(tile).isEmpty(), "the vehicle left the garage");
        assertEquals(404, friend.get("/api/v1/vehicles/" + car).status());
    }
}
