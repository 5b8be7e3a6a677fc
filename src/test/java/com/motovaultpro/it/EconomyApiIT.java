package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Economy and current odometer from real records, in the units asked for (values hand-computed). */
@ExtendWith(RunningServer.class)
class EconomyApiIT {

    private static final String METRIC_CAR = """
            {"year":2020,"make":"Skoda","model":"Octavia","fuelType":"GASOLINE","odometerUnit":"KILOMETERS",
             "fuelVolumeUnit":"LITRES"}""";
    private static final String PLUG_IN_HYBRID = """
            {"year":2022,"make":"Kia","model":"Niro","fuelType":"GASOLINE","secondaryFuelType":"ELECTRIC",
             "odometerUnit":"KILOMETERS","fuelVolumeUnit":"LITRES"}""";

    private final LibertyServer server;

    EconomyApiIT(LibertyServer server) {
        this.server = server;
    }

    private static String fill(String date, int odometer, String quantity, boolean full, String fuel) {
        return "{\"date\":\"" + date + "\",\"odometer\":" + odometer + ",\"quantity\":" + quantity + ",\"fullTank\":" + full
                + (fuel == null ? "" : ",\"fuelType\":\"" + fuel + "\"") + "}";
    }

    @Test
    void fullPartialFullGivesOneEconomyFoldingThePartialFill() {
        Api owner = Api.newUser(server, "economy");
        long id = owner.post("/api/v1/vehicles", METRIC_CAR).json().getJsonNumber("id").longValue();
        String fuel = "/api/v1/vehicles/" + id + "/fuel";
        assertEquals(201, owner.post(fuel, fill("2024-01-01", 1000, "40", true, null)).status());
        assertEquals(201, owner.post(fuel, fill("2024-01-05", 1300, "20", false, null)).status());
        long last = owner.post(fuel, fill("2024-01-10", 1600, "30", true, null)).json().getJsonNumber("id").longValue();

        // 600 km on 50 L = 12 km/L = 8.33 L/100 km
        JsonObject series = owner.get("/api/v1/vehicles/" + id + "/economy").json().getJsonArray("series").getJsonObject(0);
        assertEquals("GASOLINE", series.getString("fuelType"));
        assertEquals("LITRES_PER_100_KM", series.getString("unit"));
        assertEquals(new BigDecimal("8.33"), series.getJsonNumber("average").bigDecimalValue());
        assertEquals(3, series.getJsonArray("points").size());
        JsonObject point = series.getJsonArray("points").getJsonObject(2);
        assertEquals(last, point.getJsonNumber("recordId").longValue());
        assertEquals(new BigDecimal("8.33"), point.getJsonNumber("economy").bigDecimalValue());
        assertTrue(absent(series.getJsonArray("points").getJsonObject(1), "economy"), "the partial fill has none");

        assertEquals(new BigDecimal("28.23"), average(owner, id, "?unit=MPG_US"));
        assertEquals(new BigDecimal("12.00"), average(owner, id, "?unit=km_per_litre"));

        JsonObject vehicle = owner.get("/api/v1/vehicles/" + id).json();
        assertEquals(new BigDecimal("1600.00"), vehicle.getJsonNumber("currentOdometer").bigDecimalValue());
    }

    @Test
    void plugInHybridHasOneSeriesPerFuelInItsOwnUnit() {
        Api owner = Api.newUser(server, "hybrid");
        long id = owner.post("/api/v1/vehicles", PLUG_IN_HYBRID).json().getJsonNumber("id").longValue();
        String fuel = "/api/v1/vehicles/" + id + "/fuel";
        owner.post(fuel, fill("2024-01-01", 1000, "10", true, "ELECTRIC"));
        owner.post(fuel, fill("2024-01-02", 1000, "40", true, null));
        owner.post(fuel, fill("2024-01-08", 1100, "20", true, "ELECTRIC"));
        owner.post(fuel, fill("2024-01-09", 1500, "30", true, "GASOLINE"));

        var series = owner.get("/api/v1/vehicles/" + id + "/economy").json().getJsonArray("series");
        assertEquals(2, series.size());
        for (var s : series) {
            JsonObject one = s.asJsonObject();
            if ("ELECTRIC".equals(one.getString("fuelType"))) {
                assertEquals("KWH_PER_100_KM", one.getString("unit"));   // 100 km on 20 kWh
                assertEquals(new BigDecimal("20.00"), one.getJsonNumber("average").bigDecimalValue());
            } else {
                assertEquals("LITRES_PER_100_KM", one.getString("unit")); // 500 km on 30 L
                assertEquals(new BigDecimal("6.00"), one.getJsonNumber("average").bigDecimalValue());
            }
        }
        JsonObject miles = owner.get("/api/v1/vehicles/" + id + "/economy?electricUnit=MILES_PER_KWH").json();
        assertTrue(miles.toString().contains("\"MILES_PER_KWH\""), miles.toString());
    }

    @Test
    void unknownOrUnsuitableUnitsAre400s() {
        Api owner = Api.newUser(server, "units");
        long id = owner.post("/api/v1/vehicles", METRIC_CAR).json().getJsonNumber("id").longValue();
        for (String[] bad : new String[][] {{"?unit=furlongs", "unit"}, {"?unit=MILES_PER_KWH", "unit"},
                {"?electricUnit=MPG_US", "electricUnit"}}) {
            Api.Reply reply = owner.get("/api/v1/vehicles/" + id + "/economy" + bad[0]);
            assertEquals(400, reply.status(), bad[0]);
            assertEquals(bad[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void odometerCorrectionAndOwnership() {
        Api owner = Api.newUser(server, "odo");
        Api stranger = Api.newUser(server, "odo-stranger");
        long id = owner.post("/api/v1/vehicles", METRIC_CAR.replace("\"LITRES\"", "\"LITRES\",\"odometerOffset\":35000"))
                .json().getJsonNumber("id").longValue();
        assertTrue(absent(owner.get("/api/v1/vehicles/" + id).json(), "currentOdometer"), "nothing recorded yet");
        owner.post("/api/v1/vehicles/" + id + "/service", "{\"date\":\"2024-02-01\",\"odometer\":12000,\"description\":\"Oil\"}");
        owner.post("/api/v1/vehicles/" + id + "/fuel", fill("2024-01-01", 11000, "40", true, null));
        assertEquals(new BigDecimal("47000.00"),
                owner.get("/api/v1/vehicles/" + id).json().getJsonNumber("currentOdometer").bigDecimalValue());

        assertEquals(404, stranger.get("/api/v1/vehicles/" + id + "/economy").status());
        assertEquals(400, owner.put("/api/v1/vehicles/" + id, METRIC_CAR.replace("\"LITRES\"", "\"KILOWATT_HOURS\"")).status(),
                "fuel is bought in a liquid unit");
    }

    /** JSON-B leaves out null properties. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static BigDecimal average(Api owner, long id, String query) {
        return owner.get("/api/v1/vehicles/" + id + "/economy" + query).json().getJsonArray("series")
                .getJsonObject(0).getJsonNumber("average").bigDecimalValue();
    }
}
