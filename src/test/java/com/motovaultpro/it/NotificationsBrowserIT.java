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
 * Notifications on the settings page: a refused destination is a field message; a channel is set
 * up, a test sent from it arrives at the receiver, and the history shows it sent — under the page
 * policy.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserIT {

    private final LibertyServer server;
    private final Browser browser;

    NotificationsBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void aChannelIsSetUpTestedAndItsTestShowsInTheHistory() throws Exception {
        Api user = Api.newUser(server, "notifyui");
        try (HookReceiver receiver = new HookReceiver()) {
            browser.signIn(user.username());
            browser.open("/settings.xhtml");

            // ntfy is the kind offered first; the server itself is no destination.
            browser.type("notificationsForm:channelName", "Phone");
            browser.type("notificationsForm:channelTarget", "http://127.0.0.1:9/topic");
            browser.click("notificationsForm:createChannel");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.text(By.id("notificationsForm")).contains("Notifications cannot be sent there"));
            assertTrue(browser.text(By.id("notificationsForm:channels")).contains("No notification channels yet."));

            browser.type("notificationsForm:channelTarget", receiver.url("/phone").toString());
            browser.click("notificationsForm:createChannel");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.text(By.id("notificationsForm:channels")).contains("Phone"));
            assertTrue(browser.text(By.id("notificationsForm:channels")).contains("Active"));

            browser.click("notificationsForm:channels:0:test");
            HookReceiver.Received push = receiver.await(1, Duration.ofSeconds(20)).get(0);
            assertEquals("/phone", push.path());
            assertEquals("MotoVaultPro: test notification", push.header("title"));

            // The history is read where it was found: the refresh re-renders it, and a second read
            // could meet the element being replaced.
            String[] history = {""};
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        browser.click("notificationsForm:refreshHistory");
                        history[0] = browser.text(By.id("notificationsForm:history"));
                        return history[0].contains("Sent");
                    });
            assertTrue(history[0].contains("Phone") && history[0].contains("Test"), history[0]);
            assertEquals(List.of(), browser.cspViolations(), "the settings page under its policy");
        }
    }
}
