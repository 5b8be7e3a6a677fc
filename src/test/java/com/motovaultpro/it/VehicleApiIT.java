package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vehicles over the REST API: CRUD, validation as problem+json, and ownership. */
@ExtendWith(RunningServer.class)
class VehicleApiIT {

    static final String ACCORD = """
            {"year":2019,"make":"Honda","model":"Accord","trim":"EX","licensePlate":"MV-1234",
             "vin":"1HGCM82633A004352","purchaseDate":"2020-01-02","purchasePrice":18500.50,
             "fuelType":"GASOLINE","odometerUnit":"MILES","notes":"Bought from the first owner"}""";

    private final LibertyServer server;

    VehicleApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void createReadUpdateDelete() {
        Api alice = Api.newUser(server, "crud");
        Api.Reply created = alice.post("/api/v1/vehicles", ACCORD);
        assertEquals(201, created.status(), created.body());
        JsonObject vehicle = created.json();
        long id = vehicle.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/v1/vehicles/" + id));
        assertEquals("MV-1234", vehicle.getString("identifier"));
        assertEquals("18500.50", vehicle.getJsonNumber("purchasePrice").bigDecimalValue().toPlainString());

        JsonObject read = alice.get("/api/v1/vehicles/" + id).json();
        assertEquals("Accord", read.getString("model"));
        assertEquals(1, alice.get("/api/v1/vehicles").jsonValue().asJsonArray().size());

        Api.Reply updated = alice.put("/api/v1/vehicles/" + id, ACCORD.replace("\"EX\"", "\"Sport\"")
                .replace("\"licensePlate\":\"MV-1234\",", ""));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Sport", updated.json().getString("trim"));
        assertEquals("1HGCM82633A004352", updated.json().getString("identifier"), "VIN when there is no plate");

        assertEquals(204, alice.delete("/api/v1/vehicles/" + id).status());
        assertEquals(404, alice.get("/api/v1/vehicles/" + id).status());
    }

    @Test
    void invalidVehicleIsRejectedFieldByFieldAndNothingIsStored() {
        Api bob = Api.newUser(server, "invalid");
        Api.Reply rejected = bob.post("/api/v1/vehicles", """
                {"year":1800,"make":" ","model":"","vin":"1HGCM82633A004353","purchaseDate":"2021-05-01",
                 "soldDate":"2020-01-01","purchasePrice":-5,"fuelType":"DIESEL","odometerUnit":"KILOMETERS"}""");
        assertEquals(400, rejected.status());
        assertTrue(rejected.contentType().startsWith("application/problem+json"));
        JsonObject problem = rejected.json();
        assertEquals("urn:motovaultpro:problem:validation", problem.getString("type"));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("make", "model", "purchasePrice", "soldDate", "vin", "year"), fields);
        assertEquals(0, bob.get("/api/v1/vehicles").jsonValue().asJsonArray().size());
    }

    @Test
    void aEuropeanVinWithoutACheckDigitIsAccepted() {
        Api dana = Api.newUser(server, "eurovin");
        Api.Reply created = dana.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("1HGCM82633A004352", "wp0zzz99zts392124"));
        assertEquals(201, created.status(), created.body());
        assertEquals("WP0ZZZ99ZTS392124", created.json().getString("vin"));
        Api.Reply wrongInChina = dana.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("1HGCM82633A004352", "LRW3E7FA2MC123456"));
        assertEquals(400, wrongInChina.status(), "a Chinese VIN carries a check digit: " + wrongInChina.body());
    }

    @Test
    void vinWithInvalidCharactersAndYearAfterNextAreRejected() {
        Api carol = Api.newUser(server, "vin");
        Api.Reply rejected = carol.post("/api/v1/vehicles", ACCORD.replace("1HGCM82633A004352", "1HGCM82633A00435O")
                .replace("2019", String.valueOf(java.time.Year.now().getValue() + 2)));
        assertEquals(400, rejected.status());
        List<String> fields = rejected.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("vin", "year"), fields);
    }

    @Test
    void textAndDatesTheDatabaseCannotStoreAreFieldErrors() {
        Api nul = Api.newUser(server, "nul");
        Api.Reply rejected = nul.post("/api/v1/vehicles", ACCORD.replace("\"Honda\"", "\"Hon\\u0000da\"")
                .replace("\"2020-01-02\"", "\"+9999999-01-01\""));
        assertEquals(400, rejected.status(), rejected.body());
        List<String> fields = rejected.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("make", "purchaseDate"), fields);
        assertEquals(0, nul.get("/api/v1/vehicles").jsonValue().asJsonArray().size());
    }

    @Test
    void malformedJsonIsA400ProblemNotAStackTrace() {
        Api dave = Api.newUser(server, "malformed");
        for (String body : List.of("{not json", "{\"year\":\"two thousand\"}", "[]")) {
            Api.Reply reply = dave.post("/api/v1/vehicles", body);
            assertEquals(400, reply.status(), body);
            assertTrue(reply.contentType().startsWith("application/problem+json"), body);
            assertFalse(reply.body().contains("Exception"), reply.body());
        }
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        Api erin = Api.newUser(server, "version");
        JsonObject created = erin.post("/api/v1/vehicles", ACCORD).json();
        long id = created.getJsonNumber("id").longValue();
        String current = ACCORD.replace("}", ",\"version\":0}");
        assertEquals(200, erin.put("/api/v1/vehicles/" + id, current.replace("\"EX\"", "\"LX\"")).status());
        Api.Reply stale = erin.put("/api/v1/vehicles/" + id, current.replace("\"EX\"", "\"Touring\""));
        assertEquals(409, stale.status());
        assertEquals("LX", erin.get("/api/v1/vehicles/" + id).json().getString("trim"));
    }

    @Test
    void anotherUsersVehicleDoesNotExistForMe() {
        Api owner = Api.newUser(server, "owner");
        Api stranger = Api.newUser(server, "stranger");
        long id = owner.post("/api/v1/vehicles", ACCORD).json().getJsonNumber("id").longValue();

        Api.Reply read = stranger.get("/api/v1/vehicles/" + id);
        assertEquals(404, read.status());
        assertEquals(404, stranger.put("/api/v1/vehicles/" + id, ACCORD.replace("Honda", "Stolen")).status());
        assertEquals(404, stranger.delete("/api/v1/vehicles/" + id).status());
        assertEquals(0, stranger.get("/api/v1/vehicles").jsonValue().asJsonArray().size());
        assertEquals(read.body().replaceAll("\"correlationId\":\"[^\"]*\"", ""),
                stranger.get("/api/v1/vehicles/999999999").body().replaceAll("\"correlationId\":\"[^\"]*\"", ""),
                "someone else's vehicle and a missing one answer alike");

        assertEquals("Honda", owner.get("/api/v1/vehicles/" + id).json().getString("make"), "unchanged");
    }
}
