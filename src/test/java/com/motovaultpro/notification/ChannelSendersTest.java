package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the senders build, apart from sending: header text, Gotify's URL, the e-mail's two parts. */
class ChannelSendersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MotoVaultPro: test notification | MotoVaultPro: test notification",
        "\u00dcberf\u00e4llig            | =?UTF-8?B?w5xiZXJmw6RsbGln?=",
        "Line\\nbreak                    | =?UTF-8?B?TGluZQpicmVhaw==?=",
    })
    void ntfyTitlesAreAsciiOrAnEncodedWord(String title, String header) {
        assertEquals(header, NtfySender.headerText(title.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://gotify.example.org,          https://gotify.example.org/message",
        "https://gotify.example.org/,         https://gotify.example.org/message",
        "https://example.org/gotify/,         https://example.org/gotify/message",
    })
    void gotifyMessagesGoToMessageUnderTheServerUrl(String server, String url) {
        assertEquals(URI.create(url), GotifySender.messageUrl(server));
    }

    @Test
    void anEmailHasBothPartsWithTheLinkWhyAndUnsubscribeAndEscapesHtml() {
        Notice notice = new Notice("Car <1>: Oil & filter", "Past due \u2013 due on Dec 1, 2026.", Notice.Priority.URGENT,
                List.of(), Optional.of(URI.create("https://cars.example.org/v?id=1&tab=reminders")));
        MailBody body = MailBody.of(notice, new NoticeText(Locale.ENGLISH, Locale.US), "My <mail>",
                "https://cars.example.org/notifications/unsubscribe?token=abc");
        assertTrue(body.plain().startsWith("Past due \u2013 due on Dec 1, 2026.\n"), body.plain());
        assertTrue(body.plain().contains("Open in MotoVaultPro: https://cars.example.org/v?id=1&tab=reminders"));
        assertTrue(body.plain().contains("\n-- \nYou receive this because you set up the notification channel \u201cMy <mail>\u201d"));
        assertTrue(body.plain().endsWith("Unsubscribe from this channel: https://cars.example.org/notifications/unsubscribe?token=abc\n"));
        assertTrue(body.html().contains("<h2 style=\"font-size:1.15em\">Car &lt;1&gt;: Oil &amp; filter</h2>"), body.html());
        assertTrue(body.html().contains("href=\"https://cars.example.org/v?id=1&amp;tab=reminders\""), body.html());
        assertTrue(body.html().contains("\u201cMy &lt;mail&gt;\u201d"), body.html());
        assertFalse(body.html().contains("<mail>"));
    }

    @Test
    void anAddressConfirmationHasNoUnsubscribeFooter() {
        Notice notice = new Notice("Confirm", "Open this link", Notice.Priority.NORMAL, List.of(), Optional.empty());
        MailBody body = MailBody.of(notice, new NoticeText(Locale.ENGLISH, Locale.US), "Mail", null);
        assertEquals("Open this link\n", body.plain());
        assertFalse(body.html().contains("<hr"));
    }
}
