package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input an attacker or a careless client sends: huge or exponent-expanded numbers, bodies of the
 * wrong shape, numbers and dates past what a page offset or a database holds. Each is a 400
 * problem naming the field or parameter, and nothing is stored or changed.
 */
@ExtendWith(RunningServer.class)
class HostileInputIT {

    private static final String MILLION_DIGITS = "9".repeat(1_000_000);

    private final LibertyServer server;

    HostileInputIT(LibertyServer server) {
        this.server = server;
    }

    private static List<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    private static String vehicle(Api owner) {
        Api.Reply created = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD);
        assertEquals(201, created.status(), created.body());
        return "/api/v1/vehicles/" + created.json().getJsonNumber("id").longValue();
    }

    private static long total(Api owner, String path) {
        return owner.get(path).json().getJsonNumber("total").longValue();
    }

    @Test
    void hugeAndExpandingNumbersAreRefusedBeforeTheyAreParsed() {
        Api owner = Api.newUser(server, "hostile-num");
        String vehicle = vehicle(owner);
        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Price\",\"type\":\"DECIMAL\"}").status());
        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Octane\",\"type\":\"NUMBER\"}").status());
        String fuel = "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40";

        assertEquals(List.of("extraFields.Price"), fields(owner.post(vehicle + "/fuel",
                fuel + ",\"extraFields\":{\"Price\":\"" + MILLION_DIGITS + "\"}}")));
        assertEquals(List.of("extraFields.Octane"), fields(owner.post(vehicle + "/fuel",
                fuel + ",\"extraFields\":{\"Octane\":\"1e1000000\"}}")), "nine characters, a million digits");

        assertEquals(List.of("cost"), fields(owner.post(vehicle + "/fuel", fuel + ",\"cost\":" + MILLION_DIGITS + "}")));
        assertEquals(List.of("odometer"), fields(owner.post(vehicle + "/fuel",
                "{\"date\":\"2024-01-01\",\"odometer\":1e1000000,\"quantity\":40}")));
        assertEquals(List.of("quantity"), fields(owner.post(vehicle + "/fuel",
                "{\"date\":\"2024-01-01\",\"quantity\":" + "9".repeat(200_000) + "}")));
        assertEquals(0, total(owner, vehicle + "/fuel"), "nothing was stored");
    }

    @Test
    void bodiesOfTheWrongShapeAreRefusedNamingTheField() {
        Api owner = Api.newUser(server, "hostile-json");
        String vehicle = vehicle(owner);
        String accord = VehicleApiIT.ACCORD;

        Api.Reply trailing = owner.post("/api/v1/vehicles", accord + "}}");
        assertEquals(400, trailing.status(), trailing.body());
        assertEquals("urn:motovaultpro:problem:malformed-request", trailing.json().getString("type"));
        assertEquals(List.of("year"), fields(owner.post("/api/v1/vehicles", accord.replace("2019", "2019.5"))));
        assertEquals(List.of("make"), fields(owner.post("/api/v1/vehicles",
                accord.replace("\"Honda\"", "123"))));
        assertEquals(List.of("fuelType"), fields(owner.post("/api/v1/vehicles",
                accord.replace("\"GASOLINE\"", "\"KEROSENE\""))));
        Api.Reply twice = owner.post("/api/v1/vehicles", accord.replace("{\"year\":2019,", "{\"year\":2019,\"year\":2020,"));
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.json().getString("detail").contains("'year'"), twice.body());
        assertEquals(1, owner.get("/api/v1/vehicles").jsonValue().asJsonArray().size(), "only the first vehicle");

        assertEquals(List.of("fullTank"), fields(owner.post(vehicle + "/fuel",
                "{\"date\":\"2024-01-01\",\"quantity\":40,\"fullTank\":\"yes\"}")));
        assertEquals(List.of("tags[1]"), fields(owner.post(vehicle + "/fuel",
                "{\"date\":\"2024-01-01\",\"quantity\":40,\"tags\":[\"a\",7]}")));
        assertEquals(0, total(owner, vehicle + "/fuel"), "nothing was stored");

        Api.Reply refused = owner.post(vehicle + "/fuel", "{\"date\":\"2024-01-01\",\"quantity\":40,\"notes\":"
                + "\"secret-content\"}}");
        assertFalse(refused.body().contains("secret-content"), "a refusal says where, never what was sent");
    }

    @Test
    void aRequestWithoutABodyIsNeverRefusedForItsContentType() {
        Api owner = Api.newUser(server, "hostile-type");
        String vehicle = vehicle(owner);
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json")) {
            assertEquals(200, owner.send(owner.request("/api/v1/vehicles").header("Content-Type", type).GET()).status(),
                    "GET with " + type);
            assertEquals(200, owner.send(owner.request(vehicle + "/fuel").header("Content-Type", type).GET()).status());
            assertEquals(200, owner.send(owner.request(vehicle + "/reminders").header("Content-Type", type).GET())
                    .status());
        }
        Api.Reply emptyPost = owner.send(owner.request("/api/v1/vehicles").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, emptyPost.status(), "no body: the body is missing, not of the wrong type: " + emptyPost.body());
        Api.Reply accept = owner.send(owner.request("/api/v1/invitations/" + vehicle.substring(vehicle.lastIndexOf('/') + 1)
                + "/accept").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, accept.status(), "no such invitation, whatever the content type: " + accept.body());

        Api.Reply asText = owner.send(owner.request("/api/v1/vehicles").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(VehicleApiIT.ACCORD)));
        assertEquals(415, asText.status(), "a JSON body must say it is JSON");
        Api.Reply capitalised = owner.send(owner.request("/api/v1/vehicles")
                .header("Content-Type", "Application/JSON; Charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(VehicleApiIT.ACCORD)));
        assertEquals(201, capitalised.status(), "media types are case-insensitive: " + capitalised.body());
        assertEquals(204, owner.send(owner.request(vehicle).header("Content-Type", "text/plain").DELETE()).status());
    }

    @Test
    void pagesAndDatesBeyondReachAreBadRequestsNotErrors() {
        Api owner = Api.newUser(server, "hostile-page");
        String vehicle = vehicle(owner);
        assertEquals(List.of("page"), fields(owner.get(vehicle + "/fuel?page=1073741824&size=2")));
        assertEquals(List.of("page"), fields(owner.get(vehicle + "/fuel?page=1073741824&size=4")),
                "the offset wraps to 0 in 32 bits: refused, not page 0");
        assertEquals(List.of("page"), fields(owner.get(vehicle + "/fuel?page=abc")));
        assertEquals(List.of("size"), fields(owner.get(vehicle + "/fuel?size=" + MILLION_DIGITS.substring(0, 5000))));
        assertEquals(List.of("from"), fields(owner.get(vehicle + "/fuel?from=%2B999999999-12-31")));
        assertEquals(200, owner.get(vehicle + "/fuel?page=2&size=500").status());
        assertEquals(List.of("recordId"), fields(owner.get(vehicle + "/documents?recordId=x")));

        Api.Reply reminder = owner.post(vehicle + "/reminders", "{\"description\":\"Recall\",\"dueDate\":\"2025-05-01\"}");
        assertEquals(201, reminder.status(), reminder.body());
        String path = vehicle + "/reminders/" + reminder.json().getJsonNumber("id").longValue();
        assertEquals(List.of("date"), fields(owner.post(path + "/complete", "{\"date\":\"+999999999-12-31\"}")));
        assertFalse(owner.get(path).json().containsKey("completedOn")
                && !owner.get(path).json().isNull("completedOn"), "still open");
    }
}
