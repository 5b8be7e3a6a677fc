package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/v1/vin/{vin}: offline decoding for any signed-in caller; bad input is a problem, quickly. */
@ExtendWith(RunningServer.class)
class VinApiIT {

    private final LibertyServer server;

    VinApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void decodesAEuropeanAndANorthAmericanVin() {
        Api erin = Api.newUser(server, "vindecode");
        Api.Reply porsche = erin.get("/api/v1/vin/wp0zzz99zts392124");
        assertEquals(200, porsche.status(), porsche.body());
        JsonObject p = porsche.json();
        assertEquals("WP0ZZZ99ZTS392124", p.getString("vin"));
        assertTrue(p.getBoolean("valid"));
        assertEquals("NOT_APPLICABLE", p.getString("checkDigit"));
        assertEquals("WP0", p.getString("wmi"));
        assertEquals("EUROPE", p.getString("region"));
        assertEquals("DE", p.getString("country"));
        assertEquals(List.of("Porsche"), strings(p, "makes"));
        assertEquals(List.of("PASSENGER_CAR"), strings(p, "vehicleTypes"));
        assertFalse(p.getBoolean("modelYearCertain"));
        assertTrue(p.getJsonArray("modelYears").getJsonNumber(0).intValue() == 1996, p.toString());
        assertTrue(p.getString("source").startsWith("NHTSA vPIC vPICList_lite_"), p.getString("source"));

        JsonObject honda = erin.withNewKey("VIEWER").get("/api/v1/vin/1HGCM82633A004352").json();
        assertEquals("VALID", honda.getString("checkDigit"));
        assertEquals("US", honda.getString("country"));
        assertEquals(List.of("Honda"), strings(honda, "makes"));
        assertEquals(2003, honda.getJsonArray("modelYears").getJsonNumber(0).intValue());
        assertEquals(1, honda.getJsonArray("modelYears").size());
        assertTrue(honda.getBoolean("modelYearCertain"));
    }

    @Test
    void aWrongCheckDigitIsDecodedButNotValid() {
        JsonObject wrong = Api.newUser(server, "vinwrong").get("/api/v1/vin/1HGCM82643A004352").json();
        assertFalse(wrong.getBoolean("valid"));
        assertEquals("WRONG", wrong.getString("checkDigit"));
    }

    @Test
    void badInputIsAProblemAndAnonymousCallersAreRefused() {
        Api frank = Api.newUser(server, "vinbad");
        for (String bad : List.of("WP0ZZZ99ZTS39212", "WP0ZZZ99ZTS39212O", "WP0ZZZ99ZTS392124X", "x".repeat(4000))) {
            Api.Reply refused = frank.get("/api/v1/vin/" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("urn:motovaultpro:problem:validation", refused.json().getString("type"));
        }
        assertEquals(401, Api.anonymous(server).get("/api/v1/vin/WP0ZZZ99ZTS392124").status());
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
