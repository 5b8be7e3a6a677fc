package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail channels against a real SMTP server (GreenMail): an address is used only after the
 * person confirmed it through the link sent to it; a message has a plain-text and an HTML part in
 * the person's language, and RFC 8058's one-click unsubscribe, which switches the channel off.
 */
@ExtendWith(RunningServer.class)
class NotificationEmailIT {

    private static final String CHANNELS = "/api/v1/account/notification-channels";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/notifications/(confirm|unsubscribe)\\?token=[A-Za-z0-9_-]+)");

    private final LibertyServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    NotificationEmailIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    static void smtp() {
        MailServer.shared();
    }

    private static String status(Api user, long id) {
        return user.get(CHANNELS).jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getString("status");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String link(String text, String kind) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(kind)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + kind + " link in " + text);
    }

    /** A new user with a confirmed e-mail channel; returns the channel's id. */
    private long confirmedChannel(Api user, String address) throws Exception {
        Api.Reply created = user.post(CHANNELS, "{\"kind\":\"EMAIL\",\"name\":\"Mail\",\"target\":\"" + address + "\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        MimeMessage confirmation = MailServer.shared().await(address, 1, WAIT).get(0);
        String confirm = link(part(confirmation, "text/plain"), "confirm");
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(confirm)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, post(confirm, "token=" + confirm.substring(confirm.indexOf("token=") + 6)).statusCode());
        return id;
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAddressIsUsedOnlyOnceConfirmedThroughTheLinkSentToIt() throws Exception {
        Api user = Api.newUser(server, "mailer");
        String address = user.username() + "@mail.test";
        Api.Reply created = user.post(CHANNELS, "{\"kind\":\"EMAIL\",\"name\":\"Mail\",\"target\":\"" + address + "\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("AWAITING_CONFIRMATION", status(user, id));

        MimeMessage confirmation = MailServer.shared().await(address, 1, WAIT).get(0);
        assertEquals("Confirm your e-mail address for MotoVaultPro", confirmation.getSubject());
        assertEquals(null, confirmation.getHeader("List-Unsubscribe"), "not a subscription yet");
        String confirm = link(part(confirmation, "text/plain"), "confirm");

        // A test before confirming is refused: nothing but the confirmation goes to an unconfirmed address.
        Api.Reply early = user.post(CHANNELS + "/" + id + "/test", "");
        assertEquals(409, early.status(), early.body());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(confirm)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(address), "the page names the address");
        assertEquals("AWAITING_CONFIRMATION", status(user, id), "opening the link (a mail scanner may) confirms nothing");

        String token = confirm.substring(confirm.indexOf("token=") + 6);
        assertEquals(200, post(confirm, "token=" + token).statusCode());
        assertEquals("ACTIVE", status(user, id));
        assertEquals(404, post(confirm, "token=" + token).statusCode(), "a confirmation link works once");
        assertEquals(1, MailServer.shared().to(address).size(), "only the confirmation was sent");
    }

    @Test
    void anAddressNeverConfirmedGetsANewLinkWhenSwitchedOnAgainAndOnlyThatLinkWorks() throws Exception {
        Api user = Api.newUser(server, "relink");
        String address = user.username() + "@mail.test";
        long id = user.post(CHANNELS, "{\"kind\":\"EMAIL\",\"name\":\"Mail\",\"target\":\"" + address + "\"}")
                .json().getJsonNumber("id").longValue();
        String first = link(part(MailServer.shared().await(address, 1, WAIT).get(0), "text/plain"), "confirm");
        assertEquals(200, user.put(CHANNELS + "/" + id, "{\"enabled\":false}").status());
        assertEquals(1, queued(user), "switching off sends nothing");
        assertEquals(200, user.put(CHANNELS + "/" + id, "{\"enabled\":true}").status());
        assertEquals(2, queued(user), "switching on an address never confirmed sends a new link");

        String second = link(part(MailServer.shared().await(address, 2, WAIT).get(1), "text/plain"), "confirm");
        assertEquals("AWAITING_CONFIRMATION", status(user, id));
        assertEquals(404, post(first, "token=" + first.substring(first.indexOf("token=") + 6)).statusCode(),
                "the lost link is void");
        assertEquals(200, post(second, "token=" + second.substring(second.indexOf("token=") + 6)).statusCode());
        assertEquals("ACTIVE", status(user, id));
        assertEquals(200, user.put(CHANNELS + "/" + id, "{\"enabled\":false}").status());
        assertEquals(200, user.put(CHANNELS + "/" + id, "{\"enabled\":true}").status());
        assertEquals("ACTIVE", status(user, id), "a confirmed address stays confirmed");
        assertEquals(2, queued(user), "and gets no new link");
    }

    /** How many messages were queued for the user (the history, written with the change that queues one). */
    private static int queued(Api user) {
        return user.get("/api/v1/account/notifications").jsonValue().asJsonArray().size();
    }

    @Test
    void aMessageHasPlainTextAndHtmlInThePersonsLanguageAndOneClickUnsubscribe() throws Exception {
        Api user = Api.newUser(server, "mailde");
        String address = user.username() + "@mail.test";
        long id = confirmedChannel(user, address);
        try (Connection db = TestDatabase.connect(server);
             PreparedStatement german = db.prepareStatement("UPDATE user_account SET locale = 'de' WHERE username = ?")) {
            german.setString(1, user.username());
            assertEquals(1, german.executeUpdate());
        }
        assertEquals(202, user.post(CHANNELS + "/" + id + "/test", "").status());
        MimeMessage message = MailServer.shared().await(address, 2, WAIT).get(1);

        assertEquals("MotoVaultPro: Testbenachrichtigung", message.getSubject());
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        String plain = part(message, "text/plain");
        String html = part(message, "text/html");
        assertTrue(plain.contains("\u201eMail\u201c"), plain);
        assertTrue(html.contains("Testbenachrichtigung") && html.contains("<a href="), html);
        assertEquals("auto-generated", message.getHeader("Auto-Submitted")[0]);
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
        String header = message.getHeader("List-Unsubscribe")[0];
        String unsubscribe = header.substring(1, header.length() - 1);
        assertEquals(unsubscribe, link(plain, "unsubscribe"), "the footer has the same link");

        // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" to the link, without cookies.
        assertEquals(200, post(unsubscribe, "List-Unsubscribe=One-Click").statusCode());
        assertEquals("OFF", status(user, id));
        assertEquals(409, user.post(CHANNELS + "/" + id + "/test", "").status(), "an unsubscribed channel sends nothing");
        Thread.sleep(2000);
        assertEquals(2, MailServer.shared().to(address).size(), "nothing more goes to an unsubscribed channel");
    }

    @Test
    void aReminderDueBeforeTheAddressIsConfirmedIsToldOnceItIs() throws Exception {
        Api user = Api.newUser(server, "mailearly");
        String address = user.username() + "@mail.test";
        Api.Reply created = user.post(CHANNELS, "{\"kind\":\"EMAIL\",\"name\":\"Mail\",\"target\":\"" + address
                + "\",\"events\":[\"REMINDER_DUE\"]}");
        assertEquals(201, created.status(), created.body());
        long vehicle = user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        assertEquals(201, user.post("/api/v1/vehicles/" + vehicle + "/reminders",
                "{\"description\":\"Inspection\",\"dueDate\":\"2024-01-01\"}").status());
        ReminderScanJob.runAndWait(server);
        Thread.sleep(3000); // what it wrote would be delivered by now
        assertEquals(1, MailServer.shared().await(address, 1, WAIT).size(), "only the confirmation");

        String confirm = link(part(MailServer.shared().to(address).get(0), "text/plain"), "confirm");
        assertEquals(200, post(confirm, "token=" + confirm.substring(confirm.indexOf("token=") + 6)).statusCode());
        ReminderScanJob.runAndWait(server);
        MimeMessage told = MailServer.shared().await(address, 2, Duration.ofSeconds(30)).get(1);
        assertTrue(told.getSubject().endsWith(": Inspection"), told.getSubject());
    }

    @Test
    void anUnknownLinkIsA404() throws Exception {
        for (String path : List.of("/notifications/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAA",
                "/notifications/unsubscribe?token=AAAAAAAAAAAAAAAAAAAAAAAA", "/notifications/unsubscribe",
                "/notifications/other?token=x")) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, reply.statusCode(), path);
        }
    }
}
