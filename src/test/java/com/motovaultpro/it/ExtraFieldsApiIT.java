package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Extra fields over the API: definitions per record type, values checked on every record save. */
@ExtendWith(RunningServer.class)
class ExtraFieldsApiIT {

    private final LibertyServer server;

    ExtraFieldsApiIT(LibertyServer server) {
        this.server = server;
    }

    private static List<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    @Test
    void recordsCarryCheckedValuesOfTheOwnersFields() {
        Api owner = Api.newUser(server, "xf");
        Api.Reply octane = owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Octane\",\"type\":\"NUMBER\",\"required\":true}");
        assertEquals(201, octane.status(), octane.body());
        long octaneId = octane.json().getJsonNumber("id").longValue();
        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Station\",\"type\":\"TEXT\"}").status());
        assertEquals(List.of("name"), fields(owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"octane\",\"type\":\"TEXT\"}")), "names are unique per type, any case");
        assertEquals(List.of("name", "recordType"), fields(owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"BOAT\",\"name\":\" \",\"type\":\"TEXT\"}")));
        assertEquals(2, owner.get("/api/v1/extra-fields").jsonValue().asJsonArray().size());

        String vehicle = "/api/v1/vehicles/" + owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json()
                .getJsonNumber("id").longValue();
        String fuel = "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40";
        assertEquals(List.of("extraFields.Octane"), fields(owner.post(vehicle + "/fuel", fuel + "}")), "required");
        assertEquals(List.of("extraFields.Octane"), fields(owner.post(vehicle + "/fuel",
                fuel + ",\"extraFields\":{\"Octane\":\"ninety-five\"}}")), "a whole number");
        assertEquals(List.of("extraFields.Nickname"), fields(owner.post(vehicle + "/fuel",
                fuel + ",\"extraFields\":{\"Octane\":\"95\",\"Nickname\":\"x\"}}")), "no such field");
        assertEquals(0, owner.get(vehicle + "/fuel").json().getJsonNumber("total").longValue(), "nothing saved");

        JsonObject saved = owner.post(vehicle + "/fuel",
                fuel + ",\"extraFields\":{\"Octane\":\"95.0\",\"Station\":\"  Shell \"}}").json();
        assertEquals("95", saved.getJsonObject("extraFields").getString("Octane"));
        assertEquals("Shell", saved.getJsonObject("extraFields").getString("Station"));
        assertEquals(201, owner.post(vehicle + "/service", "{\"date\":\"2024-01-01\",\"description\":\"Oil\"}").status(),
                "other record types are not affected");

        // Removing the field keeps what was saved; new records no longer need it.
        assertEquals(204, owner.delete("/api/v1/extra-fields/" + octaneId).status());
        long id = saved.getJsonNumber("id").longValue();
        assertEquals("95", owner.get(vehicle + "/fuel/" + id).json().getJsonObject("extraFields").getString("Octane"));
        assertEquals(201, owner.post(vehicle + "/fuel", "{\"date\":\"2024-02-01\",\"odometer\":1500,\"quantity\":40}").status());
    }

    @Test
    void fieldsBelongToTheirOwner() {
        Api owner = Api.newUser(server, "xf-owner");
        Api stranger = Api.newUser(server, "xf-stranger");
        long id = owner.post("/api/v1/extra-fields", "{\"recordType\":\"SERVICE\",\"name\":\"Shop\",\"type\":\"TEXT\","
                + "\"required\":true}").json().getJsonNumber("id").longValue();
        assertEquals(404, stranger.get("/api/v1/extra-fields/" + id).status());
        assertEquals(404, stranger.put("/api/v1/extra-fields/" + id, "{\"recordType\":\"SERVICE\",\"name\":\"X\",\"type\":\"TEXT\"}").status());
        assertEquals(404, stranger.delete("/api/v1/extra-fields/" + id).status());
        assertEquals(0, stranger.get("/api/v1/extra-fields").jsonValue().asJsonArray().size());
        assertEquals(401, Api.anonymous(server).get("/api/v1/extra-fields").status());

        String theirs = "/api/v1/vehicles/" + stranger.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json()
                .getJsonNumber("id").longValue();
        assertEquals(201, stranger.post(theirs + "/service", "{\"date\":\"2024-01-01\",\"description\":\"Oil\"}").status(),
                "my required field does not apply to their records");
        Api.Reply renamed = owner.put("/api/v1/extra-fields/" + id, "{\"recordType\":\"SERVICE\",\"name\":\"Garage\","
                + "\"type\":\"TEXT\",\"required\":false}");
        assertEquals(200, renamed.status(), renamed.body());
        assertTrue(owner.get("/api/v1/extra-fields").body().contains("Garage"));
    }
}
