package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
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
