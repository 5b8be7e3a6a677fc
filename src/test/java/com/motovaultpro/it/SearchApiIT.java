package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET /api/v1/search: one search over every record a person may see — by description, notes,
 * tags, part number, supplier and amount — with the sharing roles, the trash and key scopes.
 */
@ExtendWith(RunningServer.class)
class SearchApiIT {

    private final LibertyServer server;

    SearchApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void findsRecordsByTheirWordsTagsPartNumbersAndAmountsAcrossTheVehiclesOnePersonSees() {
        Api owner = Api.newUser(server, "search");
        Api viewer = Api.newUser(server, "searchviewer");
        Api stranger = Api.newUser(server, "searchstranger");
        long car = vehicle(owner, "SRCH-1");
        long van = vehicle(owner, "SRCH-2");
        long fuel = id(owner.post("/api/v1/vehicles/" + car + "/fuel", "{\"date\":\"2024-03-01\",\"odometer\":1000,"
                + "\"quantity\":40,\"cost\":61.25,\"notes\":\"Shell station on the A7\"}"));
        long service = id(owner.post("/api/v1/vehicles/" + car + "/service", "{\"date\":\"2024-03-02\",\"odometer\":1100,"
                + "\"description\":\"Oil and filter change\",\"cost\":89.50,\"tags\":[\"oil\"]}"));
        long supply = id(owner.post("/api/v1/vehicles/" + car + "/supply", "{\"date\":\"2024-03-03\","
                + "\"description\":\"Oil filter\",\"partNumber\":\"W712/95\",\"supplier\":\"Parts Shop\",\"quantity\":1,\"cost\":9.90}"));
        long shop = id(owner.post("/api/v1/supplies", "{\"date\":\"2024-03-04\",\"description\":\"Coolant G13\",\"quantity\":5,\"cost\":30}"));
        long belt = id(owner.post("/api/v1/vehicles/" + van + "/service", "{\"date\":\"2024-03-05\",\"odometer\":90000,"
                + "\"description\":\"Timing belt\",\"cost\":640}"));
        SharingApiIT.share(owner, van, viewer, "VIEWER");

        assertEquals(List.of(supply, service), ids(owner, "filter"), "newest first");
        assertEquals(List.of(service), ids(owner, "oil change"), "every word");
        assertEquals(List.of(supply, service), ids(owner, "OIL"), "a tag and descriptions, any case");
        assertEquals(List.of(fuel), ids(owner, "shell"), "notes");
        assertEquals(List.of(fuel), ids(owner, "61.25"), "an amount");
        assertEquals(List.of(fuel), ids(owner, "61,25"), "an amount written with a comma");
        assertEquals(List.of(supply), ids(owner, "W712/95"), "a part number as typed");
        assertEquals(List.of(supply), ids(owner, "parts shop"), "the supplier");
        assertEquals(List.of(shop), ids(owner, "coolant"), "a shop supply");
        assertEquals(List.of(belt), ids(owner, "timing"), "another of the owner's vehicles");
        assertEquals(List.of(), ids(owner, "brake"));

        JsonObject hit = search(owner, "shell").getJsonObject(0);
        assertEquals("FUEL", hit.getString("recordType"));
        assertEquals(car, hit.getJsonNumber("vehicleId").longValue());
        assertEquals("SRCH-1", hit.getString("vehicle"));
        assertEquals("2024-03-01", hit.getString("date"));
        assertEquals("Shell station on the A7", hit.getString("summary"));
        JsonObject shopHit = search(owner, "coolant").getJsonObject(0);
        assertTrue(!shopHit.containsKey("vehicleId") || shopHit.isNull("vehicleId"), shopHit.toString());

        assertEquals(List.of(belt), ids(viewer, "timing"), "a viewer finds the shared vehicle's records");
        assertEquals(List.of(), ids(viewer, "filter"), "but not the owner's other vehicles");
        assertEquals(List.of(), ids(viewer, "coolant"), "nor the owner's shop supplies");
        assertEquals(List.of(), ids(stranger, "timing"));
        assertEquals(List.of(belt), ids(owner.withNewKey("VIEWER"), "timing"), "a viewer key reads");

        assertEquals(204, owner.delete("/api/v1/vehicles/" + car + "/fuel/" + fuel).status());
        assertEquals(List.of(), ids(owner, "shell"), "the trash is not searched");
        assertEquals(204, owner.delete("/api/v1/vehicles/" + van).status());
        assertEquals(List.of(), ids(owner, "timing"), "nor a vehicle in the trash");
        assertEquals(List.of(), ids(viewer, "timing"));
    }

    @Test
    void badInputIsAProblemAndAnonymousCallersAreRefused() {
        Api owner = Api.newUser(server, "searchbad");
        for (String query : List.of("", "?q=", "?q=%20%20", "?q=" + "x".repeat(201), "?q=oil&limit=0",
                "?q=oil&limit=101", "?q=oil&limit=abc", "?q=oil&limit=99999999999")) {
            Api.Reply refused = owner.get("/api/v1/search" + query);
            assertEquals(400, refused.status(), query + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        assertEquals(200, owner.get("/api/v1/search?q=oil&limit=100").status());
        assertEquals(401, Api.anonymous(server).get("/api/v1/search?q=oil").status());
    }

    private static long vehicle(Api owner, String plate) {
        return id(owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("MV-1234", plate)));
    }

    private static long id(Api.Reply created) {
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonArray search(Api caller, String text) {
        Api.Reply reply = caller.get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonValue().asJsonArray();
    }

    private static List<Long> ids(Api caller, String text) {
        return search(caller, text).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
