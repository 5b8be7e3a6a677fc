package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fuel, service, repair and upgrade records over the API: CRUD, validation, paging, filters, ownership. */
@ExtendWith(RunningServer.class)
class LogbookApiIT {

    private final LibertyServer server;

    LogbookApiIT(LibertyServer server) {
        this.server = server;
    }

    private static long vehicle(Api user) {
        return user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static String fuel(String date, String odometer, String quantity, String tags) {
        return "{\"date\":\"" + date + "\",\"odometer\":" + odometer + ",\"quantity\":" + quantity
                + ",\"cost\":61.25,\"fullTank\":true,\"tags\":" + tags + "}";
    }

    @Test
    void fuelRecordCreateReadUpdateDelete() {
        Api owner = Api.newUser(server, "fuel");
        long vehicleId = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicleId + "/fuel";

        Api.Reply created = owner.post(base, fuel("2024-03-01", "48250.5", "42.170", "[\"trip\",\" trip \",\"\"]"));
        assertEquals(201, created.status(), created.body());
        JsonObject record = created.json();
        long id = record.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith(base + "/" + id));
        assertEquals("42.170", record.getJsonNumber("quantity").bigDecimalValue().toPlainString());
        assertEquals("48250.50", record.getJsonNumber("odometer").bigDecimalValue().setScale(2).toPlainString());
        assertEquals(List.of("trip"), record.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString),
                "tags trimmed, blanks and duplicates dropped");
        assertEquals(owner.username(), record.getString("createdBy"));
        assertTrue(record.getBoolean("fullTank"));

        Api.Reply updated = owner.put(base + "/" + id, "{\"date\":\"2024-03-02\",\"odometer\":48260,\"quantity\":40,"
                + "\"fullTank\":false,\"version\":" + record.getJsonNumber("version").longValue() + "}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("2024-03-02", updated.json().getString("date"));
        assertEquals(false, updated.json().getBoolean("fullTank"));

        assertEquals(409, owner.put(base + "/" + id, "{\"date\":\"2024-03-03\",\"quantity\":40,\"version\":0}").status());
        assertEquals(204, owner.delete(base + "/" + id).status());
        assertEquals(404, owner.get(base + "/" + id).status());
    }

    @Test
    void invalidRecordsNameTheirFieldsAndStoreNothing() {
        Api owner = Api.newUser(server, "badfuel");
        long vehicleId = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicleId + "/fuel";

        Api.Reply rejected = owner.post(base, "{\"odometer\":-1,\"quantity\":-2,\"cost\":1.999,\"tags\":[\"two words\"]}");
        assertEquals(400, rejected.status(), rejected.body());
        List<String> fields = rejected.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).distinct().toList();
        assertEquals(List.of("cost", "date", "odometer", "quantity", "tags"), fields);

        Api.Reply service = owner.post("/api/v1/vehicles/" + vehicleId + "/service", "{\"date\":\"2024-01-01\"}");
        assertEquals(400, service.status());
        assertEquals("description", service.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(0, owner.get(base).json().getJsonNumber("total").longValue());
    }

    @Test
    void pagesAreNewestFirstAndFilterByDateAndTag() {
        Api owner = Api.newUser(server, "pages");
        long vehicleId = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicleId + "/fuel";
        for (int day = 1; day <= 5; day++) {
            String tags = day % 2 == 0 ? "[\"holiday\"]" : "[]";
            assertEquals(201, owner.post(base, fuel("2024-04-0" + day, String.valueOf(1000 + day * 300), "30", tags)).status());
        }

        JsonObject first = owner.get(base + "?size=2").json();
        assertEquals(5, first.getJsonNumber("total").longValue());
        assertEquals(List.of("2024-04-05", "2024-04-04"), dates(first));
        assertEquals(List.of("2024-04-01"), dates(owner.get(base + "?size=2&page=2").json()));
        assertEquals(List.of("2024-04-04", "2024-04-03", "2024-04-02"),
                dates(owner.get(base + "?from=2024-04-02&to=2024-04-04").json()));
        JsonObject holidays = owner.get(base + "?tag=holiday").json();
        assertEquals(2, holidays.getJsonNumber("total").longValue());
        assertEquals(List.of("2024-04-04", "2024-04-02"), dates(holidays));
    }

    @Test
    void badQueryParametersAre400sNamingTheParameter() {
        Api owner = Api.newUser(server, "query");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/fuel";
        for (String[] bad : List.of(new String[] {"?from=yesterday", "from"}, new String[] {"?size=0", "size"},
                new String[] {"?size=100000", "size"}, new String[] {"?page=-1", "page"},
                new String[] {"?from=2024-05-01&to=2024-04-01", "to"})) {
            Api.Reply reply = owner.get(base + bad[0]);
            assertEquals(400, reply.status(), bad[0]);
            assertEquals(bad[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), bad[0]);
        }
    }

    @Test
    void serviceRepairAndUpgradeAreKeptApart() {
        Api owner = Api.newUser(server, "kinds");
        long vehicleId = vehicle(owner);
        String vehicle = "/api/v1/vehicles/" + vehicleId;
        Api.Reply service = owner.post(vehicle + "/service",
                "{\"date\":\"2024-02-01\",\"odometer\":45000,\"description\":\"Oil and filter\",\"cost\":89.50}");
        assertEquals(201, service.status(), service.body());
        assertEquals("SERVICE", service.json().getString("type"));
        long serviceId = service.json().getJsonNumber("id").longValue();
        assertEquals(201, owner.post(vehicle + "/repair", "{\"date\":\"2024-02-10\",\"description\":\"Brake pads\"}").status());

        assertEquals(1, owner.get(vehicle + "/service").json().getJsonNumber("total").longValue());
        assertEquals(1, owner.get(vehicle + "/repair").json().getJsonNumber("total").longValue());
        assertEquals(0, owner.get(vehicle + "/upgrade").json().getJsonNumber("total").longValue());
        assertEquals(404, owner.get(vehicle + "/repair/" + serviceId).status(), "a service is not a repair");
        assertEquals(404, owner.get(vehicle + "/fuel/" + serviceId).status(), "nor a fill-up");
        assertEquals(404, owner.get(vehicle + "/tyres").status(), "no such record type");
    }

    @Test
    void anotherUsersRecordsDoNotExistForMe() {
        Api owner = Api.newUser(server, "rec-owner");
        Api stranger = Api.newUser(server, "rec-stranger");
        long vehicleId = vehicle(owner);
        long strangersVehicle = vehicle(stranger);
        String base = "/api/v1/vehicles/" + vehicleId;
        long fuelId = owner.post(base + "/fuel", fuel("2024-03-01", "1000", "40", "[]")).json().getJsonNumber("id").longValue();
        long serviceId = owner.post(base + "/service", "{\"date\":\"2024-03-01\",\"description\":\"Oil\"}")
                .json().getJsonNumber("id").longValue();

        assertEquals(404, stranger.get(base + "/fuel").status());
        assertEquals(404, stranger.get(base + "/fuel/" + fuelId).status());
        assertEquals(404, stranger.post(base + "/fuel", fuel("2024-03-02", "1100", "40", "[]")).status());
        assertEquals(404, stranger.put(base + "/fuel/" + fuelId, fuel("2024-03-02", "1100", "1", "[]")).status());
        assertEquals(404, stranger.delete(base + "/fuel/" + fuelId).status());
        assertEquals(404, stranger.get(base + "/service/" + serviceId).status());
        assertEquals(404, stranger.delete(base + "/service/" + serviceId).status());
        // the owner's record id through the stranger's own vehicle
        assertEquals(404, stranger.get("/api/v1/vehicles/" + strangersVehicle + "/fuel/" + fuelId).status());
        assertEquals(404, stranger.delete("/api/v1/vehicles/" + strangersVehicle + "/service/" + serviceId).status());

        assertEquals("40.000", owner.get(base + "/fuel/" + fuelId).json().getJsonNumber("quantity")
                .bigDecimalValue().setScale(3).toPlainString(), "unchanged");
        assertEquals(200, owner.get(base + "/service/" + serviceId).status());
    }

    @Test
    void aLowerOdometerThanAnEarlierReadingIsAWarningThatCanBeConfirmed() {
        Api owner = Api.newUser(server, "lower");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/fuel";
        assertEquals(201, owner.post(base, fuel("2024-01-01", "5000", "40", "[]")).status());

        Api.Reply warned = owner.post(base, fuel("2024-02-01", "4000", "40", "[]"));
        assertEquals(400, warned.status());
        JsonObject error = warned.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("odometer", error.getString("field"));
        assertTrue(error.getString("message").endsWith("(5000, 2024-01-01)"), error.getString("message"));

        assertEquals(201, owner.post(base, fuel("2024-02-01", "4000", "40", "[]").replace("}", ",\"confirmLowerOdometer\":true}")).status());
        assertEquals(201, owner.post(base, fuel("2023-12-01", "4500", "40", "[]")).status(), "earlier date, lower is normal");
        assertEquals(3, owner.get(base).json().getJsonNumber("total").longValue());
    }

    /**
     * A reading that implies an implausible distance a day (the Accord counts miles: above 1,250 a
     * day, or ten times its recent average and above 300) asks for confirmation, like a lower one.
     */
    @Test
    void anImplausiblyHighReadingIsAWarningThatCanBeConfirmed() {
        Api owner = Api.newUser(server, "implausible");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/fuel";
        assertEquals(201, owner.post(base, fuel("2024-01-01", "45000", "40", "[]")).status());
        assertEquals(201, owner.post(base, fuel("2024-03-01", "47000", "40", "[]")).status());
        assertEquals(201, owner.post(base, fuel("2024-03-05", "47200", "40", "[]")).status(), "50 a day");

        Api.Reply extraDigit = owner.post(base, fuel("2024-03-08", "472000", "40", "[]"));
        assertEquals(400, extraDigit.status(), extraDigit.body());
        JsonObject error = extraDigit.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("odometer", error.getString("field"));
        assertTrue(error.getString("message").endsWith("(141600, 2024-03-05)"), error.getString("message"));

        Api.Reply farAboveAverage = owner.post(base, fuel("2024-03-08", "49500", "40", "[]"));
        assertEquals(400, farAboveAverage.status(), "767 a day, 22 times its average of 34: " + farAboveAverage.body());

        assertEquals(201, owner.post(base, fuel("2024-03-08", "49500", "40", "[]")
                .replace("}", ",\"confirmHighOdometer\":true}")).status(), "a long trip, confirmed");
        assertEquals(4, owner.get(base).json().getJsonNumber("total").longValue());
    }

    @Test
    void aFillUpsFuelMustBeOneTheVehicleRunsOn() {
        Api owner = Api.newUser(server, "fuels");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/fuel";
        Api.Reply diesel = owner.post(base, fuel("2024-01-01", "5000", "40", "[]").replace("}", ",\"fuelType\":\"DIESEL\"}"));
        assertEquals(400, diesel.status());
        assertEquals("fuelType", diesel.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(201, owner.post(base, fuel("2024-01-01", "5000", "40", "[]").replace("}", ",\"fuelType\":\"GASOLINE\"}")).status());
    }

    @Test
    void deletingAVehicleRemovesItsRecords() {
        Api owner = Api.newUser(server, "cascade");
        long vehicleId = vehicle(owner);
        long fuelId = owner.post("/api/v1/vehicles/" + vehicleId + "/fuel", fuel("2024-03-01", "1000", "40", "[]"))
                .json().getJsonNumber("id").longValue();
        assertEquals(204, owner.delete("/api/v1/vehicles/" + vehicleId).status());
        assertEquals(404, owner.get("/api/v1/vehicles/" + vehicleId + "/fuel/" + fuelId).status());
    }

    private static List<String> dates(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("date")).toList();
    }
}
