package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reminders over the API: urgency per reminder, validation, completion both ways, ownership, defaults. */
@ExtendWith(RunningServer.class)
class ReminderApiIT {

    private static final LocalDate TODAY = LocalDate.now();

    private final LibertyServer server;

    ReminderApiIT(LibertyServer server) {
        this.server = server;
    }

    private static String vehicleAt10000(Api user) {
        String base = "/api/v1/vehicles/" + user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json()
                .getJsonNumber("id").longValue();
        assertEquals(201, user.post(base + "/fuel", "{\"date\":\"" + TODAY.minusDays(1) + "\",\"odometer\":10000,\"quantity\":40}").status());
        return base;
    }

    private static long add(Api user, String base, String body) {
        Api.Reply reply = user.post(base + "/reminders", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void eachReminderIsJudgedWithItsOwnThresholds() {
        Api owner = Api.newUser(server, "rem");
        String base = vehicleAt10000(owner);
        add(owner, base, "{\"description\":\"Tyres\",\"dueOdometer\":10080}");
        add(owner, base, "{\"description\":\"Inspection\",\"dueDate\":\"" + TODAY.plusDays(3) + "\"}");
        add(owner, base, "{\"description\":\"Insurance\",\"dueDate\":\"" + TODAY.minusDays(1) + "\"}");
        add(owner, base, "{\"description\":\"Belt\",\"dueDate\":\"" + TODAY.plusYears(1) + "\",\"dueOdometer\":10030}");
        add(owner, base, "{\"description\":\"Wipers\",\"dueDate\":\"" + TODAY.plusDays(45) + "\"}");
        add(owner, base, "{\"description\":\"Battery\",\"dueDate\":\"" + TODAY.plusDays(45) + "\",\"urgentDays\":60}");

        List<JsonObject> open = owner.get(base + "/reminders").jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        Map<String, String> urgency = open.stream().collect(Collectors.toMap(r -> r.getString("description"),
                r -> r.getString("urgency")));
        assertEquals(Map.of("Tyres", "URGENT", "Inspection", "VERY_URGENT", "Insurance", "PAST_DUE",
                "Belt", "VERY_URGENT", "Wipers", "NOT_URGENT", "Battery", "URGENT"), urgency);
        assertEquals("Insurance", open.get(0).getString("description"), "most urgent first");
        JsonObject battery = open.stream().filter(r -> r.getString("description").equals("Battery")).findFirst().orElseThrow();
        assertTrue(battery.getBoolean("ownThresholds"));
        assertEquals(60, battery.getJsonObject("thresholds").getInt("urgentDays"));
        assertEquals(7, battery.getJsonObject("thresholds").getInt("veryUrgentDays"), "the rest from the defaults");
    }

    @Test
    void invalidRemindersNameTheirFields() {
        Api owner = Api.newUser(server, "rem-bad");
        String base = vehicleAt10000(owner);
        Api.Reply bad = owner.post(base + "/reminders", "{\"description\":\" \",\"intervalMonths\":0,\"urgentDays\":-1}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("description", "dueDate", "intervalMonths", "urgentDays"), bad.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList());
        assertEquals(0, owner.get(base + "/reminders").jsonValue().asJsonArray().size());
    }

    @Test
    void completingMovesARecurringReminderOnAndClosesAOneOff() {
        Api owner = Api.newUser(server, "rem-done");
        String base = vehicleAt10000(owner);
        long oil = add(owner, base, "{\"description\":\"Oil\",\"dueDate\":\"2025-05-01\",\"dueOdometer\":10000,"
                + "\"intervalMonths\":6,\"intervalDistance\":5000}");
        long fixed = add(owner, base, "{\"description\":\"Coolant\",\"dueDate\":\"2025-05-01\",\"dueOdometer\":10000,"
                + "\"intervalMonths\":6,\"intervalDistance\":5000,\"fixedIntervals\":true}");
        long once = add(owner, base, "{\"description\":\"Recall\",\"dueDate\":\"2025-05-01\"}");
        long service = owner.post(base + "/service", "{\"date\":\"2025-05-20\",\"odometer\":9800,\"description\":\"Oil\"}")
                .json().getJsonNumber("id").longValue();

        Api.Reply negative = owner.post(base + "/reminders/" + oil + "/complete", "{\"odometer\":-9000}");
        assertEquals(400, negative.status(), "a next due odometer below 0: " + negative.body());
        assertEquals("2025-05-01", owner.get(base + "/reminders/" + oil).json().getString("dueDate"), "unchanged");
        JsonObject next = owner.post(base + "/reminders/" + oil + "/complete", "{\"recordId\":" + service + "}").json();
        assertEquals("2025-11-20", next.getString("dueDate"), "six months after the service");
        assertEquals(0, next.getJsonNumber("dueOdometer").bigDecimalValue().compareTo(new java.math.BigDecimal("14800")));
        JsonObject nextFixed = owner.post(base + "/reminders/" + fixed + "/complete", "{\"recordId\":" + service + "}").json();
        assertEquals("2025-11-01", nextFixed.getString("dueDate"), "six months after the previous due date");
        assertEquals(0, nextFixed.getJsonNumber("dueOdometer").bigDecimalValue().compareTo(new java.math.BigDecimal("15000")));

        JsonObject done = owner.post(base + "/reminders/" + once + "/complete", "{\"date\":\"2025-05-03\"}").json();
        assertEquals("2025-05-03", done.getString("completedOn"));
        assertFalse(done.containsKey("urgency"));
        assertFalse(owner.get(base + "/reminders").body().contains("Recall"), "no longer open");
        assertEquals(200, owner.get(base + "/reminders/" + once).status(), "but kept");
    }

    @Test
    void anotherUsersRemindersDoNotExistForThem() {
        Api owner = Api.newUser(server, "rem-owner");
        Api stranger = Api.newUser(server, "rem-stranger");
        String base = vehicleAt10000(owner);
        String theirs = vehicleAt10000(stranger);
        long id = add(owner, base, "{\"description\":\"Oil\",\"dueOdometer\":15000}");
        long theirRecord = stranger.post(theirs + "/service", "{\"date\":\"2025-05-20\",\"description\":\"X\"}")
                .json().getJsonNumber("id").longValue();
        String body = "{\"description\":\"Mine now\",\"dueOdometer\":1}";
        assertEquals(404, stranger.get(base + "/reminders").status());
        assertEquals(404, stranger.get(base + "/reminders/" + id).status());
        assertEquals(404, stranger.post(base + "/reminders", body).status());
        assertEquals(404, stranger.put(base + "/reminders/" + id, body).status());
        assertEquals(404, stranger.post(base + "/reminders/" + id + "/complete", "{}").status());
        assertEquals(404, stranger.delete(base + "/reminders/" + id).status());
        assertEquals(404, stranger.get(theirs + "/reminders/" + id).status(), "my reminder through their vehicle");
        assertEquals(404, owner.post(base + "/reminders/" + id + "/complete", "{\"recordId\":" + theirRecord + "}").status(),
                "their record cannot complete my reminder");
        assertEquals(401, Api.anonymous(server).get(base + "/reminders").status());
        assertEquals("Oil", owner.get(base + "/reminders/" + id).json().getString("description"), "unchanged");
        assertEquals(204, owner.delete(base + "/reminders/" + id).status());
        assertEquals(404, owner.get(base + "/reminders/" + id).status());
    }

    @Test
    void administratorsSetTheDefaultThresholds() {
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        Api owner = Api.newUser(server, "rem-defaults");
        String base = vehicleAt10000(owner);
        add(owner, base, "{\"description\":\"Wipers\",\"dueDate\":\"" + TODAY.plusDays(45) + "\"}");
        add(owner, base, "{\"description\":\"Own\",\"dueDate\":\"" + TODAY.plusDays(45) + "\",\"urgentDays\":10}");
        assertEquals(403, owner.put("/api/v1/admin/reminder-thresholds",
                "{\"urgentDays\":60,\"veryUrgentDays\":7,\"urgentDistance\":100,\"veryUrgentDistance\":50}").status());
        assertEquals(400, admin.put("/api/v1/admin/reminder-thresholds", "{\"urgentDays\":-1}").status());
        assertEquals(List.of("Wipers:NOT_URGENT", "Own:NOT_URGENT"), upcoming(owner, base), "cached before the change");
        try {
            assertEquals(200, admin.put("/api/v1/admin/reminder-thresholds",
                    "{\"urgentDays\":60,\"veryUrgentDays\":7,\"urgentDistance\":100,\"veryUrgentDistance\":50}").status());
            Map<String, String> urgency = owner.get(base + "/reminders").jsonValue().asJsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(r -> r.getString("description"), r -> r.getString("urgency")));
            assertEquals(Map.of("Wipers", "URGENT", "Own", "NOT_URGENT"), urgency, "its own thresholds win");
            assertEquals(List.of("Wipers:URGENT", "Own:NOT_URGENT"), upcoming(owner, base),
                    "the dashboard judges by the new defaults at once, not when its cached copy expires");
        } finally {
            admin.put("/api/v1/admin/reminder-thresholds",
                    "{\"urgentDays\":30,\"veryUrgentDays\":7,\"urgentDistance\":100,\"veryUrgentDistance\":50}");
        }
    }

    /** The dashboard's upcoming reminders as description:urgency, most urgent first. */
    private static List<String> upcoming(Api owner, String base) {
        return owner.get(base + "/dashboard").json().getJsonArray("upcomingReminders").stream()
                .map(JsonValue::asJsonObject).map(r -> r.getString("description") + ":" + r.getString("urgency")).toList();
    }
}
