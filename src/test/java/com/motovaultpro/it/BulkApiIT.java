package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk actions over the API: tags, duplicate, move and delete, all or nothing; a copy or a moved
 * record is checked like a create in the target, and moving out of the owner's reach is a manager's decision.
 */
@ExtendWith(RunningServer.class)
class BulkApiIT {

    private final LibertyServer server;

    BulkApiIT(LibertyServer server) {
        this.server = server;
    }

    private static long vehicle(Api user) {
        return user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static long add(Api user, String path, String body) {
        Api.Reply reply = user.post(path, body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String bulk(String action, String extra, long... ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.length() == 0 ? "" : ",").append(id);
        }
        return "{\"action\":\"" + action + "\",\"ids\":[" + list + "]" + extra + "}";
    }

    private static List<String> tags(Api user, String record) {
        return user.get(record).json().getJsonArray("tags").getValuesAs(JsonString::getString);
    }

    private static void share(Api owner, long vehicle, Api with, String role) {
        assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/collaborators",
                "{\"user\":\"" + with.username() + "\",\"role\":\"" + role + "\"}").status());
        assertEquals(204, with.post("/api/v1/invitations/" + vehicle + "/accept", "").status());
    }

    private static List<String> errorFields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static long total(Api user, String list) {
        return user.get(list).json().getJsonNumber("total").longValue();
    }

    @Test
    void tagsDuplicatesMovesAndDeletesManyRecordsOfAnyType() {
        Api owner = Api.newUser(server, "bulk");
        long car = vehicle(owner);
        long van = vehicle(owner);
        String base = "/api/v1/vehicles/" + car;
        long fuel = add(owner, base + "/fuel", "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40,\"tags\":[\"a\"]}");
        long service = add(owner, base + "/service", "{\"date\":\"2024-01-02\",\"description\":\"Oil\"}");
        long note = add(owner, base + "/note", "{\"date\":\"2024-01-03\",\"title\":\"Tyres\"}");
        String bulk = base + "/records/bulk";

        Api.Reply tagged = owner.post(bulk, bulk("ADD_TAG", ",\"tag\":\" winter \"", fuel, service, note));
        assertEquals(200, tagged.status(), tagged.body());
        assertEquals(3, tagged.json().getInt("affected"));
        assertEquals(List.of("a", "winter"), tags(owner, base + "/fuel/" + fuel));
        assertEquals(List.of("winter"), tags(owner, base + "/note/" + note));
        assertEquals(200, owner.post(bulk, bulk("REMOVE_TAG", ",\"tag\":\"a\"", fuel, service)).status());
        assertEquals(List.of("winter"), tags(owner, base + "/fuel/" + fuel));

        assertEquals(200, owner.post(bulk, bulk("DUPLICATE", ",\"targetVehicleId\":" + van, fuel, service)).status());
        String vanBase = "/api/v1/vehicles/" + van;
        JsonObject copy = owner.get(vanBase + "/fuel").json().getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("winter"), copy.getJsonArray("tags").getValuesAs(JsonString::getString));
        assertEquals(1, owner.get(base + "/fuel").json().getJsonNumber("total").longValue(), "the original stays");

        assertEquals(200, owner.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + van, note)).status());
        assertEquals(404, owner.get(base + "/note/" + note).status());
        assertEquals(200, owner.get(vanBase + "/note/" + note).status());

        assertEquals(200, owner.post(bulk, bulk("DELETE", "", fuel, service)).status());
        assertEquals(0, owner.get(base + "/fuel").json().getJsonNumber("total").longValue());
        assertEquals(204, owner.post("/api/v1/trash/records/" + fuel + "/restore", "").status(), "deleted to the trash");
    }

    @Test
    void oneForeignOrUnknownRecordChangesNothing() {
        Api owner = Api.newUser(server, "bulk-owner");
        Api stranger = Api.newUser(server, "bulk-stranger");
        long car = vehicle(owner);
        long theirs = vehicle(stranger);
        String base = "/api/v1/vehicles/" + car;
        long mine = add(owner, base + "/service", "{\"date\":\"2024-01-02\",\"description\":\"Oil\"}");
        long foreign = add(stranger, "/api/v1/vehicles/" + theirs + "/service", "{\"date\":\"2024-01-02\",\"description\":\"X\"}");
        String bulk = base + "/records/bulk";

        assertEquals(404, owner.post(bulk, bulk("DELETE", "", mine, foreign)).status());
        assertEquals(404, owner.post(bulk, bulk("ADD_TAG", ",\"tag\":\"x\"", mine, 999_999_999L)).status());
        assertEquals(List.of(), tags(owner, base + "/service/" + mine), "nothing changed");
        assertEquals(200, owner.get(base + "/service/" + mine).status());

        assertEquals(404, owner.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + theirs, mine)).status(), "not my vehicle");
        assertEquals(404, stranger.post(bulk, bulk("DELETE", "", mine)).status());
        assertEquals(401, Api.anonymous(server).post(bulk, bulk("DELETE", "", mine)).status());
        assertEquals(200, owner.get(base + "/service/" + mine).status());
    }

    @Test
    void badBulkRequestsNameWhatIsWrong() {
        Api owner = Api.newUser(server, "bulk-bad");
        long car = vehicle(owner);
        String base = "/api/v1/vehicles/" + car;
        long mine = add(owner, base + "/service", "{\"date\":\"2024-01-02\",\"description\":\"Oil\"}");
        String bulk = base + "/records/bulk";
        for (String[] bad : new String[][] {
                {"{\"ids\":[" + mine + "]}", "action"},
                {bulk("DELETE", ""), "ids"},
                {bulk("ADD_TAG", ",\"tag\":\"two words\"", mine), "tag"},
                {bulk("ADD_TAG", "", mine), "tag"},
                {bulk("MOVE", "", mine), "targetVehicleId"},
                {bulk("MOVE", ",\"targetVehicleId\":" + car, mine), "targetVehicleId"}}) {
            Api.Reply reply = owner.post(bulk, bad[0]);
            assertEquals(400, reply.status(), bad[0] + " -> " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"));
            assertEquals(bad[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
        assertEquals(400, owner.post(bulk, "{\"action\":\"EXPLODE\",\"ids\":[" + mine + "]}").status());
        assertEquals(200, owner.get(base + "/service/" + mine).status());
    }

    @Test
    void anEditorMovesRecordsOnlyBetweenTheOwnersVehicles() {
        Api owner = Api.newUser(server, "bulk-mv-owner");
        Api editor = Api.newUser(server, "bulk-mv-editor");
        Api manager = Api.newUser(server, "bulk-mv-manager");
        long car = vehicle(owner);
        long van = vehicle(owner);
        long editorsOwn = vehicle(editor);
        long managersOwn = vehicle(manager);
        share(owner, car, editor, "EDITOR");
        share(owner, van, editor, "EDITOR");
        share(owner, car, manager, "MANAGER");
        String base = "/api/v1/vehicles/" + car;
        long first = add(owner, base + "/service", "{\"date\":\"2024-01-02\",\"description\":\"Oil\"}");
        long second = add(owner, base + "/service", "{\"date\":\"2024-01-03\",\"description\":\"Filter\"}");
        String bulk = base + "/records/bulk";

        // Into the editor's own vehicle the records would leave the owner's reach: a manager's decision.
        Api.Reply out = editor.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + editorsOwn, first));
        assertEquals(403, out.status(), out.body());
        assertTrue(out.contentType().startsWith("application/problem+json"));
        assertEquals(200, owner.get(base + "/service/" + first).status(), "nothing moved");
        assertEquals(0, total(editor, "/api/v1/vehicles/" + editorsOwn + "/service"));

        // Between two vehicles of the same owner the records stay within the owner's reach, like an edit.
        Api.Reply within = editor.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + van, first));
        assertEquals(200, within.status(), within.body());
        assertEquals(200, owner.get("/api/v1/vehicles/" + van + "/service/" + first).status());

        Api.Reply managed = manager.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + managersOwn, second));
        assertEquals(200, managed.status(), managed.body());
        assertEquals(200, manager.get("/api/v1/vehicles/" + managersOwn + "/service/" + second).status());
        assertEquals(404, owner.get(base + "/service/" + second).status());
    }

    @Test
    void copiesAndMovesAreCheckedLikeACreateInTheTarget() {
        Api owner = Api.newUser(server, "bulk-check");
        Api stranger = Api.newUser(server, "bulk-check-other");
        long car = vehicle(owner);
        long diesel = add(owner, "/api/v1/vehicles", VehicleApiIT.ACCORD.replace("GASOLINE", "DIESEL"));
        long later = vehicle(owner);
        long theirs = vehicle(stranger);
        share(stranger, theirs, owner, "EDITOR");
        String base = "/api/v1/vehicles/" + car;
        String bulk = base + "/records/bulk";
        long gasoline = add(owner, base + "/fuel",
                "{\"date\":\"2024-02-01\",\"odometer\":4000,\"quantity\":40,\"fuelType\":\"GASOLINE\"}");
        long service = add(owner, base + "/service", "{\"date\":\"2024-02-02\",\"description\":\"Oil\"}");

        // A fill-up of a fuel the target does not run on; the valid record next to it is not copied either.
        assertEquals(List.of("records[" + gasoline + "].fuelType"),
                errorFields(owner.post(bulk, bulk("DUPLICATE", ",\"targetVehicleId\":" + diesel, service, gasoline))));
        assertEquals(List.of("records[" + gasoline + "].fuelType"),
                errorFields(owner.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + diesel, service, gasoline))));
        assertEquals(0, total(owner, "/api/v1/vehicles/" + diesel + "/service"), "all or nothing");
        assertEquals(200, owner.get(base + "/service/" + service).status());

        // An odometer below a reading the target has from before.
        add(owner, "/api/v1/vehicles/" + later + "/odometer", "{\"date\":\"2024-01-01\",\"odometer\":5000}");
        assertEquals(List.of("records[" + gasoline + "].odometer"),
                errorFields(owner.post(bulk, bulk("DUPLICATE", ",\"targetVehicleId\":" + later, gasoline))));
        assertEquals(List.of("records[" + gasoline + "].odometer"),
                errorFields(owner.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + later, gasoline))));
        assertEquals(0, total(owner, "/api/v1/vehicles/" + later + "/fuel"));

        // The owner's extra field means nothing in a vehicle of someone else.
        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Octane\",\"type\":\"NUMBER\"}").status());
        long octane = add(owner, base + "/fuel", "{\"date\":\"2024-03-01\",\"odometer\":4500,\"quantity\":40,"
                + "\"fuelType\":\"GASOLINE\",\"extraFields\":{\"Octane\":\"95\"}}");
        assertEquals(List.of("records[" + octane + "].extraFields.Octane"),
                errorFields(owner.post(bulk, bulk("DUPLICATE", ",\"targetVehicleId\":" + theirs, octane))));
        assertEquals(List.of("records[" + octane + "].extraFields.Octane"),
                errorFields(owner.post(bulk, bulk("MOVE", ",\"targetVehicleId\":" + theirs, octane))));
        assertEquals(0, total(stranger, "/api/v1/vehicles/" + theirs + "/fuel"));

        // What a create would take is copied, and the copy saves unchanged.
        long other = vehicle(owner);
        assertEquals(200, owner.post(bulk, bulk("DUPLICATE", ",\"targetVehicleId\":" + other, gasoline)).status());
        JsonObject copy = owner.get("/api/v1/vehicles/" + other + "/fuel").json().getJsonArray("items").getJsonObject(0);
        String copyPath = "/api/v1/vehicles/" + other + "/fuel/" + copy.getJsonNumber("id").longValue();
        Api.Reply saved = owner.put(copyPath, owner.get(copyPath).body());
        assertEquals(200, saved.status(), saved.body());
    }
}
