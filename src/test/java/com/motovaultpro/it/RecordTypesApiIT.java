package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every record type over the API (fuel, service, repair, upgrade, tax/fee, odometer, note,
 * supply, plan): CRUD, validation, what each type does on saving (renewal, default start
 * reading, safe markdown, supply consumption, plan to record), and ownership on every route of
 * every type.
 */
@ExtendWith(RunningServer.class)
class RecordTypesApiIT {

    /** A valid body per record type, as sent to /api/v1/vehicles/{id}/{type}. */
    static final Map<String, String> VALID = Map.of(
            "fuel", "{\"date\":\"2024-02-01\",\"odometer\":1000,\"quantity\":40,\"cost\":61.25}",
            "service", "{\"date\":\"2024-02-01\",\"odometer\":1000,\"description\":\"Oil\",\"cost\":89.50}",
            "repair", "{\"date\":\"2024-02-01\",\"odometer\":1000,\"description\":\"Brakes\"}",
            "upgrade", "{\"date\":\"2024-02-01\",\"description\":\"Tow bar\",\"cost\":450}",
            "tax", "{\"date\":\"2024-01-15\",\"description\":\"Insurance\",\"cost\":420.00}",
            "odometer", "{\"date\":\"2024-02-01\",\"initialOdometer\":1000,\"odometer\":1250.5}",
            "note", "{\"date\":\"2024-02-01\",\"title\":\"Tyres\",\"text\":\"Front **225/45 R17**\"}",
            "supply", "{\"date\":\"2024-02-01\",\"description\":\"Engine oil\",\"quantity\":5,\"cost\":42.50}",
            "plan", "{\"date\":\"2024-02-01\",\"description\":\"Brake pads\",\"kind\":\"REPAIR\",\"cost\":180}");

    private final LibertyServer server;

    RecordTypesApiIT(LibertyServer server) {
        this.server = server;
    }

    private static long vehicle(Api user) {
        return user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static long id(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.status() + " " + reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static List<String> errorFields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    @Test
    void everyTypeCreatesReadsUpdatesAndDeletes() {
        Api owner = Api.newUser(server, "types");
        String vehicle = "/api/v1/vehicles/" + vehicle(owner);
        for (Map.Entry<String, String> type : VALID.entrySet()) {
            String base = vehicle + "/" + type.getKey();
            String body = type.getValue().replace("}", ",\"tags\":[\"t1\"],\"notes\":\"n\"}");
            Api.Reply created = owner.post(base, body);
            long id = id(created);
            assertTrue(created.header("Location").endsWith(base + "/" + id), type.getKey());
            JsonObject read = owner.get(base + "/" + id).json();
            assertEquals("t1", read.getJsonArray("tags").getString(0), type.getKey());
            assertEquals(owner.username(), read.getString("createdBy"), type.getKey());

            String changed = body.replace("2024-0", "2023-0")
                    .replace("}", ",\"version\":" + read.getJsonNumber("version").longValue() + "}");
            Api.Reply updated = owner.put(base + "/" + id, changed);
            assertEquals(200, updated.status(), type.getKey() + ": " + updated.body());
            assertTrue(updated.json().getString("date").startsWith("2023-0"), type.getKey());
            assertEquals(409, owner.put(base + "/" + id, changed).status(), type.getKey() + ": stale version");

            assertEquals(1, owner.get(base + "?tag=t1").json().getJsonNumber("total").longValue(), type.getKey());
            assertEquals(0, owner.get(base + "?tag=other").json().getJsonNumber("total").longValue(), type.getKey());
            assertEquals(204, owner.delete(base + "/" + id).status(), type.getKey());
            assertEquals(404, owner.get(base + "/" + id).status(), type.getKey());
        }
    }

    @Test
    void invalidRecordsOfEveryTypeNameTheirFieldsAndStoreNothing() {
        Api owner = Api.newUser(server, "types-bad");
        String vehicle = "/api/v1/vehicles/" + vehicle(owner);
        assertEquals(List.of("cost", "date", "description", "recurrenceInterval"), errorFields(owner.post(vehicle + "/tax",
                "{\"description\":\" \",\"cost\":-1,\"recurrenceInterval\":0}")));
        assertEquals(List.of("initialOdometer"), errorFields(owner.post(vehicle + "/odometer",
                "{\"date\":\"2024-01-01\",\"initialOdometer\":2000,\"odometer\":1500}")));
        assertEquals(List.of("odometer"), errorFields(owner.post(vehicle + "/odometer", "{\"date\":\"2024-01-01\"}")));
        assertEquals(List.of("title"), errorFields(owner.post(vehicle + "/note", "{\"date\":\"2024-01-01\",\"text\":\"x\"}")));
        assertEquals(List.of("description", "quantity"), errorFields(owner.post(vehicle + "/supply",
                "{\"date\":\"2024-01-01\",\"quantity\":-2}")));
        assertEquals(List.of("description", "kind"), errorFields(owner.post(vehicle + "/plan",
                "{\"date\":\"2024-01-01\"}")));
        assertEquals(400, owner.post(vehicle + "/plan", "{\"date\":\"2024-01-01\",\"description\":\"x\",\"kind\":\"WASH\"}")
                .status(), "unknown kind");
        for (String type : VALID.keySet()) {
            assertEquals(0, owner.get(vehicle + "/" + type).json().getJsonNumber("total").longValue(), type);
        }
    }

    @Test
    void aLapsedRecurringFeeIsFollowedByTheNextOnesOnce() {
        Api owner = Api.newUser(server, "tax");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/tax";
        LocalDate start = LocalDate.now().minusMonths(25);
        JsonObject fee = owner.post(base, "{\"date\":\"" + start + "\",\"description\":\"Registration\",\"cost\":120,"
                + "\"recurrenceInterval\":12,\"tags\":[\"reg\"]}").json();
        assertTrue(fee.getBoolean("renewed"), "the fee lapsed a year ago");
        assertEquals("MONTHS", fee.getString("recurrenceUnit"), "months by default");

        List<JsonObject> fees = owner.get(base + "?size=10").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(start.plusMonths(24).toString(), start.plusMonths(12).toString(), start.toString()),
                fees.stream().map(f -> f.getString("date")).toList(), "two successors, newest first");
        JsonObject newest = fees.get(0);
        assertFalse(newest.getBoolean("renewed"));
        assertEquals(start.plusMonths(36).toString(), newest.getString("nextDue"));
        assertEquals("120.00", newest.getJsonNumber("cost").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("reg", newest.getJsonArray("tags").getString(0));
        assertEquals("(renewal)", newest.getString("createdBy"));

        // Saving the original again does not renew it twice.
        long id = fee.getJsonNumber("id").longValue();
        assertEquals(200, owner.put(base + "/" + id, "{\"date\":\"" + start + "\",\"description\":\"Registration (EU)\","
                + "\"cost\":120,\"recurrenceInterval\":12}").status());
        assertEquals(3, owner.get(base).json().getJsonNumber("total").longValue());

        JsonObject oneOff = owner.post(base, "{\"date\":\"" + start + "\",\"description\":\"Toll sticker\"}").json();
        assertFalse(oneOff.getBoolean("renewed"));
        assertEquals(4, owner.get(base).json().getJsonNumber("total").longValue(), "a one-off fee never renews");
    }

    @Test
    void anOdometerReadingStartsAtTheLatestEarlierReadingUnlessGiven() {
        Api owner = Api.newUser(server, "odo");
        String vehicle = "/api/v1/vehicles/" + vehicle(owner);
        owner.post(vehicle + "/fuel", "{\"date\":\"2024-01-01\",\"odometer\":5000,\"quantity\":40}");
        JsonObject reading = owner.post(vehicle + "/odometer", "{\"date\":\"2024-01-10\",\"odometer\":5320}").json();
        assertEquals(0, reading.getJsonNumber("initialOdometer").bigDecimalValue().compareTo(new java.math.BigDecimal("5000")));
        assertEquals(0, reading.getJsonNumber("distance").bigDecimalValue().compareTo(new java.math.BigDecimal("320")));
        assertFalse(reading.containsKey("cost"), "readings carry no cost");

        Api.Reply lower = owner.post(vehicle + "/odometer", "{\"date\":\"2024-01-20\",\"initialOdometer\":10,\"odometer\":100}");
        assertEquals(List.of("odometer"), errorFields(lower), "lower than the earlier reading: a warning");
        assertEquals(201, owner.post(vehicle + "/odometer",
                "{\"date\":\"2024-01-20\",\"initialOdometer\":10,\"odometer\":100,\"confirmLowerOdometer\":true}").status());
    }

    @Test
    void notesRenderMarkdownSafelyAndPinnedOnesComeFirst() {
        Api owner = Api.newUser(server, "note");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/note";
        JsonObject note = owner.post(base, "{\"date\":\"2024-01-01\",\"title\":\"Hostile\",\"text\":\"**ok** <script>alert(1)</script>"
                + " [x](javascript:alert(1)) <img src=x onerror=alert(1)>\"}").json();
        assertEquals("**ok** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
                note.getString("text"), "the text is kept as written");
        String html = note.getString("html");
        assertTrue(html.contains("<strong>ok</strong>"), html);
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("href=\"javascript"), html);

        owner.post(base, "{\"date\":\"2020-01-01\",\"title\":\"Pinned\",\"pinned\":true}");
        owner.post(base, "{\"date\":\"2025-01-01\",\"title\":\"Newest\"}");
        assertEquals(List.of("Pinned", "Newest", "Hostile"), owner.get(base).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("title")).toList());
    }

    @Test
    void workUsesSuppliesFromTheVehicleAndTheShop() {
        Api owner = Api.newUser(server, "supply");
        String vehicle = "/api/v1/vehicles/" + vehicle(owner);
        long oil = id(owner.post(vehicle + "/supply",
                "{\"date\":\"2024-01-01\",\"description\":\"Oil 5W-30\",\"partNumber\":\"OIL-5\",\"quantity\":5,\"cost\":42.50}"));
        Api.Reply shopCreated = owner.post("/api/v1/supplies",
                "{\"date\":\"2024-01-01\",\"description\":\"Shop rags\",\"quantity\":3,\"cost\":10}");
        long rags = id(shopCreated);
        assertTrue(shopCreated.json().getBoolean("shopSupply"));
        assertFalse(shopCreated.json().containsKey("vehicleId"));
        assertEquals(1, owner.get("/api/v1/supplies").json().getJsonNumber("total").longValue());
        assertEquals(1, owner.get(vehicle + "/supply").json().getJsonNumber("total").longValue(), "the shop is apart");

        JsonObject service = owner.post(vehicle + "/service", "{\"date\":\"2024-02-01\",\"description\":\"Oil change\","
                + "\"cost\":30,\"supplies\":[{\"supplyId\":" + oil + ",\"quantity\":4},{\"supplyId\":" + rags
                + ",\"quantity\":1}]}").json();
        assertEquals("67.33", service.getJsonNumber("cost").bigDecimalValue().toPlainString(), "30 + 34.00 + 3.33");
        JsonObject oilLeft = owner.get(vehicle + "/supply/" + oil).json();
        assertEquals(0, oilLeft.getJsonNumber("quantity").bigDecimalValue().compareTo(java.math.BigDecimal.ONE));
        assertEquals("8.50", oilLeft.getJsonNumber("cost").bigDecimalValue().toPlainString());
        assertEquals("6.67", owner.get("/api/v1/supplies/" + rags).json().getJsonNumber("cost").bigDecimalValue()
                .toPlainString());

        // Short of stock: refused, and nothing changes (neither the record nor the other supply).
        Api.Reply tooMuch = owner.post(vehicle + "/repair", "{\"date\":\"2024-03-01\",\"description\":\"Leak\","
                + "\"supplies\":[{\"supplyId\":" + rags + ",\"quantity\":1},{\"supplyId\":" + oil + ",\"quantity\":2}]}");
        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.body().contains("only 1 left"), tooMuch.body());
        assertEquals(0, owner.get(vehicle + "/repair").json().getJsonNumber("total").longValue());
        assertEquals(0, owner.get("/api/v1/supplies/" + rags).json().getJsonNumber("quantity").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("2")));

        // Someone else's supply cannot be used, and their shop is not mine.
        Api stranger = Api.newUser(server, "supply-stranger");
        String theirs = "/api/v1/vehicles/" + vehicle(stranger);
        assertEquals(400, stranger.post(theirs + "/service", "{\"date\":\"2024-03-01\",\"description\":\"x\","
                + "\"supplies\":[{\"supplyId\":" + rags + ",\"quantity\":1}]}").status());
        assertEquals(404, stranger.get("/api/v1/supplies/" + rags).status());
        assertEquals(404, stranger.put("/api/v1/supplies/" + rags, VALID.get("supply")).status());
        assertEquals(404, stranger.delete("/api/v1/supplies/" + rags).status());
        assertEquals(0, stranger.get("/api/v1/supplies").json().getJsonNumber("total").longValue());

        // A shop supply goes to the trash and comes back.
        assertEquals(204, owner.delete("/api/v1/supplies/" + rags).status());
        assertEquals(0, owner.get("/api/v1/supplies").json().getJsonNumber("total").longValue());
        assertEquals(204, owner.post("/api/v1/trash/records/" + rags + "/restore", "").status());
        assertEquals(1, owner.get("/api/v1/supplies").json().getJsonNumber("total").longValue());
    }

    @Test
    void aPlanMovedToDoneBecomesItsRecordOnce() {
        Api owner = Api.newUser(server, "plan");
        String vehicle = "/api/v1/vehicles/" + vehicle(owner);
        long plan = id(owner.post(vehicle + "/plan", "{\"date\":\"2024-01-01\",\"description\":\"Brake pads\","
                + "\"kind\":\"REPAIR\",\"priority\":\"CRITICAL\",\"cost\":180,\"tags\":[\"brakes\"]}"));
        JsonObject moved = owner.put(vehicle + "/plan/" + plan + "/progress", "{\"progress\":\"IN_PROGRESS\"}").json();
        assertEquals("IN_PROGRESS", moved.getString("progress"));
        assertFalse(moved.containsKey("recordId"));

        JsonObject done = owner.put(vehicle + "/plan/" + plan + "/progress", "{\"progress\":\"DONE\"}").json();
        assertNotNull(done.getJsonNumber("recordId"), done.toString());
        JsonObject repair = owner.get(vehicle + "/repair/" + done.getJsonNumber("recordId").longValue()).json();
        assertEquals("Brake pads", repair.getString("description"));
        assertEquals("180.00", repair.getJsonNumber("cost").bigDecimalValue().setScale(2).toPlainString());
        assertEquals(LocalDate.now().toString(), repair.getString("date"));
        assertEquals("brakes", repair.getJsonArray("tags").getString(0));

        owner.put(vehicle + "/plan/" + plan + "/progress", "{\"progress\":\"TESTING\"}");
        owner.put(vehicle + "/plan/" + plan + "/progress", "{\"progress\":\"DONE\"}");
        assertEquals(1, owner.get(vehicle + "/repair").json().getJsonNumber("total").longValue(), "never two records");
        assertEquals(400, owner.put(vehicle + "/plan/" + plan + "/progress", "{}").status());
        assertEquals(400, owner.put(vehicle + "/plan/" + plan + "/progress", "{\"progress\":\"SOMEDAY\"}").status());
    }

    @Test
    void anotherUsersRecordsOfEveryTypeDoNotExistForThem() {
        Api owner = Api.newUser(server, "types-owner");
        Api stranger = Api.newUser(server, "types-stranger");
        Api anonymous = Api.anonymous(server);
        String vehicle = "/api/v1/vehicles/" + vehicle(owner);
        String strangersVehicle = "/api/v1/vehicles/" + vehicle(stranger);
        for (Map.Entry<String, String> type : VALID.entrySet()) {
            String base = vehicle + "/" + type.getKey();
            long id = id(owner.post(base, type.getValue()));
            String record = base + "/" + id;
            assertEquals(404, stranger.get(base).status(), type.getKey());
            assertEquals(404, stranger.get(record).status(), type.getKey());
            assertEquals(404, stranger.post(base, type.getValue()).status(), type.getKey());
            assertEquals(404, stranger.put(record, type.getValue()).status(), type.getKey());
            assertEquals(404, stranger.delete(record).status(), type.getKey());
            assertEquals(404, stranger.get(strangersVehicle + "/" + type.getKey() + "/" + id).status(), type.getKey());
            assertEquals(404, stranger.delete(strangersVehicle + "/" + type.getKey() + "/" + id).status(), type.getKey());
            assertEquals(401, anonymous.get(record).status(), type.getKey());
            assertEquals(401, anonymous.post(base, type.getValue()).status(), type.getKey());
            assertEquals(200, owner.get(record).status(), type.getKey() + " unchanged for the owner");
            assertEquals(1, owner.get(base).json().getJsonNumber("total").longValue(), type.getKey());
        }
        long plan = owner.get(vehicle + "/plan").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, stranger.put(vehicle + "/plan/" + plan + "/progress", "{\"progress\":\"DONE\"}").status());
        assertEquals(1, owner.get(vehicle + "/repair").json().getJsonNumber("total").longValue(),
                "only the repair added above: the plan did not become one");
    }
}
