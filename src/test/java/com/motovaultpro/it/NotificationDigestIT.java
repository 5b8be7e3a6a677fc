package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notification preferences over the API, the daily digest of what is due across a person's
 * vehicles, and quiet hours that hold pushes.
 */
@ExtendWith(RunningServer.class)
class NotificationDigestIT {

    private static final String PREFERENCES = "/api/v1/account/notification-preferences";
    private static final LocalDate TODAY = LocalDate.now();

    private final LibertyServer server;

    NotificationDigestIT(LibertyServer server) {
        this.server = server;
    }

    private long channel(Api user, String kind, String url, String events) {
        Api.Reply reply = user.post("/api/v1/account/notification-channels", "{\"kind\":\"" + kind + "\",\"name\":\"c\","
                + "\"target\":\"" + url + "\",\"events\":[" + events + "]}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void reminder(Api user, long vehicle, String description, LocalDate due) {
        assertEquals(201, user.post("/api/v1/vehicles/" + vehicle + "/reminders", "{\"description\":\"" + description
                + "\",\"dueDate\":\"" + due + "\"}").status());
    }

    private void digestDueNow(Api user) throws Exception {
        try (Connection db = TestDatabase.connect(server);
             PreparedStatement now = db.prepareStatement("UPDATE notification_preference SET next_digest_at = now()"
                     + " WHERE user_id = (SELECT id FROM user_account WHERE username = ?)")) {
            now.setString(1, user.username());
            assertEquals(1, now.executeUpdate());
        }
    }

    @Test
    void preferencesHaveDefaultsAndRefuseWhatCannotBeSaved() {
        Api user = Api.newUser(server, "prefs");
        JsonObject defaults = user.get(PREFERENCES).json();
        assertEquals("UTC", defaults.getString("timeZone"));
        assertEquals("NONE", defaults.getString("digest"));
        for (String[] bad : List.of(new String[] {"{\"timeZone\":\"Mars/Olympus\"}", "timeZone"},
                new String[] {"{\"digest\":\"HOURLY\"}", "digest"},
                new String[] {"{\"digest\":\"DAILY\",\"digestHour\":24}", "digestHour"},
                new String[] {"{\"digest\":\"WEEKLY\",\"digestDay\":\"SOMEDAY\"}", "digestDay"},
                new String[] {"{\"quietFrom\":\"22:00\"}", "quietUntil"})) {
            Api.Reply reply = user.put(PREFERENCES, bad[0]);
            assertEquals(400, reply.status(), bad[0] + ": " + reply.body());
            assertEquals(bad[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
        assertEquals("NONE", user.get(PREFERENCES).json().getString("digest"), "nothing was saved");

        JsonObject saved = user.put(PREFERENCES, "{\"timeZone\":\"Europe/Berlin\",\"digest\":\"WEEKLY\",\"digestHour\":18,"
                + "\"digestDay\":\"SUNDAY\",\"quietFrom\":\"22:00\",\"quietUntil\":\"07:00\"}").json();
        assertEquals("Europe/Berlin", saved.getString("timeZone"));
        Instant next = Instant.parse(saved.getString("nextDigestAt"));
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(8, ChronoUnit.DAYS)), next.toString());
        assertEquals(DayOfWeek.SUNDAY, next.atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek());
    }

    @Test
    void aDailyDigestListsWhatIsDueAcrossThePersonsVehicles() throws Exception {
        Api user = Api.newUser(server, "digest");
        try (HookReceiver receiver = new HookReceiver()) {
            channel(user, "WEBHOOK", receiver.url("/digest").toString(), "\"DIGEST\"");
            long car = user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            long van = user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            reminder(user, car, "Inspection", TODAY.minusDays(3));
            reminder(user, van, "Tyres", TODAY.plusDays(2));
            reminder(user, van, "Far away", TODAY.plusYears(2));
            assertEquals(200, user.put(PREFERENCES, "{\"digest\":\"DAILY\",\"digestHour\":7}").status());
            digestDueNow(user);

            HookReceiver.Received hook = receiver.await(1, Duration.ofSeconds(30)).get(0);
            JsonObject payload = Json.createReader(new StringReader(hook.text())).readObject();
            assertEquals("digest", payload.getString("event"));
            assertEquals(2, payload.getJsonObject("data").getInt("count"));
            assertEquals("MotoVaultPro digest: 2 due", payload.getString("title"));
            String text = payload.getString("text");
            assertTrue(text.contains("Inspection \u2013 Past due") && text.contains("Tyres \u2013 Very urgent"), text);
            assertTrue(!text.contains("Far away"), text);
            Instant next = Instant.parse(user.get(PREFERENCES).json().getString("nextDigestAt"));
            assertTrue(next.isAfter(Instant.now()), "the next digest is tomorrow: " + next);
            Thread.sleep(3000);
            assertEquals(1, receiver.received().size(), "one digest");
        }
    }

    @Test
    void quietHoursHoldPushesButNotATest() throws Exception {
        Api user = Api.newUser(server, "quiet");
        try (HookReceiver receiver = new HookReceiver()) {
            long channel = channel(user, "NTFY", receiver.url("/quiet").toString(), "\"DIGEST\"");
            long car = user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            reminder(user, car, "Inspection", TODAY.minusDays(3));
            LocalTime now = LocalTime.now(ZoneOffset.UTC);
            assertEquals(200, user.put(PREFERENCES, "{\"timeZone\":\"UTC\",\"digest\":\"DAILY\",\"quietFrom\":\""
                    + now.minusHours(1).withSecond(0).withNano(0) + "\",\"quietUntil\":\""
                    + now.plusHours(1).withSecond(0).withNano(0) + "\"}").status());
            digestDueNow(user);

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            JsonObject held = null;
            while (held == null && System.nanoTime() < deadline) {
                Thread.sleep(250);
                held = user.get("/api/v1/account/notifications").jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                        .stream().filter(n -> n.getString("event").equals("digest") && !n.isNull("lastError")
                                && n.getString("lastError").equals("quiet hours")).findFirst().orElse(null);
            }
            assertTrue(held != null, "the digest waits for the end of the quiet hours");
            assertEquals("PENDING", held.getString("status"));
            Instant until = Instant.parse(held.getString("nextAttemptAt"));
            assertTrue(until.isAfter(Instant.now().plus(50, ChronoUnit.MINUTES)), until.toString());
            assertEquals(0, receiver.received().size());

            assertEquals(202, user.post("/api/v1/account/notification-channels/" + channel + "/test", "").status());
            assertEquals("MotoVaultPro: test notification", receiver.await(1, Duration.ofSeconds(20)).get(0).header("title"),
                    "a test is sent at once, as asked");
        }
    }
}
