package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ICS feed behind a secret link: content per RFC 5545, rotation, switching off. */
@ExtendWith(RunningServer.class)
class CalendarFeedIT {

    private final LibertyServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(5)).build();

    CalendarFeedIT(LibertyServer server) {
        this.server = server;
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return fetch(url, "198.51.100.1");
    }

    /** Fetches as the client at {@code address} (through X-Forwarded-For from loopback, the trusted proxy). */
    private HttpResponse<String> fetch(String url, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(15))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    @Test
    void aLinkMadeWithAnApiKeyEndsWithTheKey() throws Exception {
        Api owner = Api.newUser(server, "ics-key");
        Api.Reply keyReply = owner.post("/api/v1/account/api-keys", "{\"name\":\"calendar\",\"scope\":\"MANAGER\"}");
        assertEquals(201, keyReply.status(), keyReply.body());
        long keyId = keyReply.json().getJsonNumber("id").longValue();
        Api withKey = owner.withAuthorization("ApiKey " + keyReply.json().getString("key"));
        String byKey = withKey.post("/api/v1/account/calendar-link", "").json().getString("url");
        assertEquals(200, fetch(byKey).statusCode());

        assertEquals(204, owner.delete("/api/v1/account/api-keys/" + keyId).status());
        assertEquals(404, fetch(byKey).statusCode(), "the key is revoked: its link ends with it");

        String byPassword = owner.post("/api/v1/account/calendar-link", "").json().getString("url");
        String otherKey = owner.createKey("MANAGER");
        assertEquals(200, fetch(byPassword).statusCode());
        Api.Reply keys = owner.get("/api/v1/account/api-keys");
        keys.jsonValue().asJsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(k -> otherKey.startsWith(k.getString("prefix")))
                .forEach(k -> assertEquals(204, owner.delete("/api/v1/account/api-keys/" + k.getJsonNumber("id")).status()));
        assertEquals(200, fetch(byPassword).statusCode(), "a link made without a key lives on");
    }

    @Test
    void theSecretNeverReachesALogLine() throws Exception {
        Api owner = Api.newUser(server, "ics-log");
        String link = owner.post("/api/v1/account/calendar-link", "").json().getString("url");
        assertTrue(link.contains("/calendar/feed.ics?token="), link);
        assertEquals(200, fetch(link).statusCode());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(link)).timeout(java.time.Duration
                .ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.statusCode() >= 400, "no POST to a feed");
        String secret = token(link);
        Thread.sleep(1500); // access log lines are written asynchronously
        for (Path log : List.of(server.serverDir().resolve("logs/http_access.log"), server.messagesLog(),
                server.consoleLog())) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(text.contains(secret), log + " carries the calendar secret");
        }
        String access = Files.readString(server.serverDir().resolve("logs/http_access.log"), StandardCharsets.UTF_8);
        assertTrue(access.contains("\"GET /calendar/feed.ics HTTP/1.1\" 200"), "the fetch is logged, without its query");
    }

    @Test
    void guessingLinksIsHeldBackPerClient() throws Exception {
        Api owner = Api.newUser(server, "ics-guess");
        String link = owner.post("/api/v1/account/calendar-link", "").json().getString("url");
        String guesser = "198.51.100.77";
        String guess = server.baseUri().resolve("/calendar/feed.ics?token=" + "A".repeat(43)).toString();
        String oldForm = server.baseUri().resolve("/calendar/" + "B".repeat(43) + ".ics").toString();
        for (int i = 0; i < 2 * LibertyServer.CALENDAR_FAILURES_PER_CLIENT; i++) {
            assertEquals(410, fetch(oldForm, guesser).statusCode(), "links of the old form are gone, and not counted");
        }
        for (int i = 0; i < LibertyServer.CALENDAR_FAILURES_PER_CLIENT; i++) {
            assertEquals(404, fetch(guess, guesser).statusCode(), "guess " + i);
        }
        HttpResponse<String> held = fetch(guess, guesser);
        assertEquals(429, held.statusCode());
        assertTrue(Long.parseLong(held.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals(200, fetch(link, guesser).statusCode(),
                "a working link is served even from a client that guessed (a calendar service fetches many feeds)");
        assertEquals(429, fetch(guess, guesser).statusCode(), "its guesses are still held back");
        assertEquals(404, fetch(guess, "198.51.100.78").statusCode(), "other clients are not affected");
    }

    @Test
    void theFeedListsDatedRemindersAndRotatingTheLinkInvalidatesTheOldOne() throws Exception {
        Api owner = Api.newUser(server, "ics");
        String base = "/api/v1/vehicles/" + owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json()
                .getJsonNumber("id").longValue();
        LocalDate due = LocalDate.now().plusDays(20);
        owner.post(base + "/reminders", "{\"description\":\"Oil, filter; check\",\"dueDate\":\"" + due
                + "\",\"dueOdometer\":15000}");
        owner.post(base + "/reminders", "{\"description\":\"Tyres by odometer\",\"dueOdometer\":20000}");
        long done = owner.post(base + "/reminders", "{\"description\":\"Recall done\",\"dueDate\":\"" + due + "\"}")
                .json().getJsonNumber("id").longValue();
        owner.post(base + "/reminders/" + done + "/complete", "{}");
        Api stranger = Api.newUser(server, "ics-stranger");
        String theirs = "/api/v1/vehicles/" + stranger.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json()
                .getJsonNumber("id").longValue();
        stranger.post(theirs + "/reminders", "{\"description\":\"Not yours\",\"dueDate\":\"" + due + "\"}");

        assertEquals(404, fetch(server.baseUri().resolve("/calendar/nothing.ics").toString()).statusCode());
        assertEquals(404, fetch(server.baseUri().resolve("/calendar/feed.ics").toString()).statusCode());
        String first = owner.post("/api/v1/account/calendar-link", "").json().getString("url");
        assertTrue(first.startsWith(server.baseUri().toString().replaceAll("/$", "") + "/calendar/"), first);

        HttpResponse<String> feed = fetch(first);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = feed.body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:MV-1234: Oil\\, filter\\; check\r\n"), unfolded);
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:" + due.format(DateTimeFormatter.BASIC_ISO_DATE)), unfolded);
        assertTrue(unfolded.contains("Due at odometer 15000"), unfolded);
        assertEquals(1, unfolded.split("BEGIN:VEVENT", -1).length - 1, "only the open, dated reminder of this user");
        assertFalse(unfolded.contains("Not yours") || unfolded.contains("Recall done") || unfolded.contains("Tyres"));
        Arrays.stream(ics.split("\r\n")).forEach(line ->
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line));

        String second = owner.post("/api/v1/account/calendar-link", "").json().getString("url");
        assertEquals(404, fetch(first).statusCode(), "the old link stops working");
        assertEquals(200, fetch(second).statusCode());
        assertEquals(204, owner.delete("/api/v1/account/calendar-link").status());
        assertEquals(404, fetch(second).statusCode(), "switched off");
        assertEquals(401, Api.anonymous(server).post("/api/v1/account/calendar-link", "").status());
    }
}
