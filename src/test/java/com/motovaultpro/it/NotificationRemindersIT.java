package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders that become due notify the people who can see the vehicle, once: found by the
 * scheduled scan (forced here by moving its row's next run to now), or at once when an odometer
 * reading makes a reminder due by distance.
 */
@ExtendWith(RunningServer.class)
class NotificationRemindersIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now();

    private final LibertyServer server;

    NotificationRemindersIT(LibertyServer server) {
        this.server = server;
    }

    private static void webhook(Api user, HookReceiver receiver) {
        assertEquals(201, user.post("/api/v1/account/notification-channels", "{\"kind\":\"WEBHOOK\",\"name\":\"hook\","
                + "\"target\":\"" + receiver.url("/" + user.username()) + "\",\"events\":[\"REMINDER_DUE\"]}").status());
    }

    private static long vehicleAt10000(Api user) {
        long vehicle = user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        assertEquals(201, user.post("/api/v1/vehicles/" + vehicle + "/fuel", "{\"date\":\"" + TODAY.minusDays(2)
                + "\",\"odometer\":10000,\"quantity\":40}").status());
        return vehicle;
    }

    private void scanNow() throws Exception {
        try (Connection db = TestDatabase.connect(server); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE scheduled_job SET next_run_at = now() WHERE name = 'reminder-scan'");
        }
    }

    private static JsonObject payload(HookReceiver.Received hook) {
        return Json.createReader(new StringReader(hook.text())).readObject();
    }

    @Test
    void aPastDueReminderNotifiesOwnerAndCollaboratorOnceAndNobodyElse() throws Exception {
        Api owner = Api.newUser(server, "remown");
        Api viewer = Api.newUser(server, "remview");
        Api stranger = Api.newUser(server, "remstr");
        try (HookReceiver receiver = new HookReceiver()) {
            webhook(owner, receiver);
            webhook(viewer, receiver);
            webhook(stranger, receiver);
            long vehicle = vehicleAt10000(owner);
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/collaborators", "{\"user\":\""
                    + viewer.username() + "\",\"role\":\"VIEWER\"}").status());
            assertEquals(204, viewer.post("/api/v1/invitations/" + vehicle + "/accept", "").status());
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/reminders",
                    "{\"description\":\"Inspection\",\"dueDate\":\"" + TODAY.minusDays(1) + "\"}").status());
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/reminders",
                    "{\"description\":\"Far away\",\"dueDate\":\"" + TODAY.plusYears(1) + "\"}").status());

            scanNow();
            List<HookReceiver.Received> hooks = receiver.await(2, WAIT);
            assertEquals(2, hooks.size(), "owner and collaborator");
            assertEquals(List.of("/" + owner.username(), "/" + viewer.username()),
                    hooks.stream().map(HookReceiver.Received::path).sorted().toList());
            JsonObject payload = payload(hooks.get(0));
            assertEquals("reminder.due", payload.getString("event"));
            JsonObject data = payload.getJsonObject("data");
            assertEquals("Inspection", data.getString("description"));
            assertEquals("PAST_DUE", data.getString("urgency"));
            assertEquals(vehicle, data.getJsonNumber("vehicleId").longValue());
            assertTrue(payload.getString("title").endsWith(": Inspection"), payload.toString());
            assertTrue(payload.getString("text").startsWith("Past due"), payload.toString());

            ReminderScanJob.runAndWait(server);
            Thread.sleep(3000); // what it wrote would be delivered by now
            assertEquals(2, receiver.received().size(), "told once: a second scan finds nothing new");
        }
    }

    @Test
    void anOdometerReadingThatMakesAReminderDueNotifiesWithoutWaitingForTheScan() throws Exception {
        Api owner = Api.newUser(server, "remodo");
        try (HookReceiver receiver = new HookReceiver()) {
            webhook(owner, receiver);
            long vehicle = vehicleAt10000(owner);
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/reminders",
                    "{\"description\":\"Tyres\",\"dueOdometer\":12000}").status());
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/odometer", "{\"date\":\"" + TODAY
                    + "\",\"odometer\":12050}").status());

            HookReceiver.Received hook = receiver.await(1, Duration.ofSeconds(10)).get(0);
            JsonObject data = payload(hook).getJsonObject("data");
            assertEquals("Tyres", data.getString("description"));
            assertEquals("PAST_DUE", data.getString("urgency"));
            assertEquals("12000.00", data.getString("dueOdometer"));
        }
    }
}
