package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Display preferences over the API, and the economy report following them. */
@ExtendWith(RunningServer.class)
class PreferencesApiIT {

    private static final String KM_CAR = """
            {"year":2020,"make":"Skoda","model":"Octavia","fuelType":"DIESEL","odometerUnit":"KILOMETERS",
             "fuelVolumeUnit":"LITRES"}""";

    private final LibertyServer server;

    PreferencesApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void preferencesDefaultToTheLanguageAndRefuseNonsenseFieldByField() {
        Api user = Api.newUser(server, "prefs");
        JsonObject defaults = user.get("/api/v1/account/preferences").json();
        assertEquals("en-US", defaults.getString("effectiveFormatLocale"));
        assertEquals("USD", defaults.getString("effectiveCurrency"));
        assertTrue(!defaults.containsKey("formatLocale") || defaults.isNull("formatLocale"), "nothing saved yet");

        Api.Reply bad = user.put("/api/v1/account/preferences",
                "{\"formatLocale\":\"xx-YY\",\"currency\":\"EURO\",\"electricEconomyUnit\":\"MPG_US\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("currency", "electricEconomyUnit", "formatLocale"), bad.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList());
        assertEquals("en-US", user.get("/api/v1/account/preferences").json().getString("effectiveFormatLocale"),
                "nothing saved");

        JsonObject saved = user.put("/api/v1/account/preferences", "{\"formatLocale\":\"de-DE\"}").json();
        assertEquals("de-DE", saved.getString("effectiveFormatLocale"));
        assertEquals("EUR", saved.getString("effectiveCurrency"), "the locale's currency");
        assertEquals(400, user.put("/api/v1/account/preferences", "{\"distanceUnit\":\"LIGHTYEARS\"}").status());
    }

    @Test
    void economyAndCostPerDistanceFollowTheCallersUnits() {
        Api user = Api.newUser(server, "prefs-units");
        long id = user.post("/api/v1/vehicles", KM_CAR).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + id;
        user.post(base + "/fuel", "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40,\"cost\":60}");
        user.post(base + "/fuel", "{\"date\":\"2024-01-10\",\"odometer\":1500,\"quantity\":40,\"cost\":60}");

        JsonObject natural = user.get(base + "/economy").json();
        assertEquals("LITRES_PER_100_KM", natural.getJsonArray("series").getJsonObject(0).getString("unit"));
        assertEquals("KILOMETERS", natural.getString("costDistanceUnit"));
        assertEquals("0.2400", natural.getJsonNumber("fuelCostPerDistance").bigDecimalValue().toPlainString(),
                "120 over 500 km");

        user.put("/api/v1/account/preferences", "{\"economyUnit\":\"MPG_US\",\"distanceUnit\":\"MILES\"}");
        JsonObject mine = user.get(base + "/economy").json();
        JsonObject series = mine.getJsonArray("series").getJsonObject(0);
        assertEquals("MPG_US", series.getString("unit"));
        assertEquals("29.40", series.getJsonNumber("average").bigDecimalValue().setScale(2).toPlainString(),
                "500 km on 40 L = 12.5 km/L = 29.40 mpg (US)");
        assertEquals("MILES", mine.getString("costDistanceUnit"));
        assertEquals("0.3862", mine.getJsonNumber("fuelCostPerDistance").bigDecimalValue().toPlainString(),
                "0.24 per km = 0.3862 per mile");
        assertEquals("KM_PER_LITRE", user.get(base + "/economy?unit=KM_PER_LITRE").json().getJsonArray("series")
                .getJsonObject(0).getString("unit"), "an explicit unit still wins");
    }
}
