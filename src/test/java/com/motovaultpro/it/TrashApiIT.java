package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting only moves to the trash; restoring brings everything back; after 30 days it is gone. */
@ExtendWith(RunningServer.class)
class TrashApiIT {

    private final LibertyServer server;

    TrashApiIT(LibertyServer server) {
        this.server = server;
    }

    private static long vehicle(Api user) {
        return user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static long fillUp(Api user, long vehicleId) {
        return user.post("/api/v1/vehicles/" + vehicleId + "/fuel",
                "{\"date\":\"2024-03-01\",\"odometer\":1000,\"quantity\":40,\"tags\":[\"trip\",\"summer\"]}")
                .json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject trash, String list) {
        return trash.getJsonArray(list).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aDeletedRecordIsRestoredWithItsTags() {
        Api owner = Api.newUser(server, "trash-rec");
        long vehicleId = vehicle(owner);
        long recordId = fillUp(owner, vehicleId);
        String record = "/api/v1/vehicles/" + vehicleId + "/fuel/" + recordId;

        assertEquals(204, owner.delete(record).status());
        assertEquals(404, owner.get(record).status());
        assertEquals(0, owner.get("/api/v1/vehicles/" + vehicleId + "/fuel").json().getJsonNumber("total").longValue());
        JsonObject trash = owner.get("/api/v1/trash").json();
        assertEquals(List.of(recordId), ids(trash, "records"));
        assertEquals("FUEL", trash.getJsonArray("records").getJsonObject(0).getString("recordType"));

        assertEquals(204, owner.post("/api/v1/trash/records/" + recordId + "/restore", "").status());
        JsonObject restored = owner.get(record).json();
        assertEquals(List.of("trip", "summer"), restored.getJsonArray("tags").getValuesAs(JsonString::getString));
        assertTrue(ids(owner.get("/api/v1/trash").json(), "records").isEmpty());
        assertEquals(404, owner.post("/api/v1/trash/records/" + recordId + "/restore", "").status(), "not in the trash any more");
    }

    @Test
    void aDeletedVehicleComesBackWithItsWholeLogbook() {
        Api owner = Api.newUser(server, "trash-veh");
        long vehicleId = vehicle(owner);
        long recordId = fillUp(owner, vehicleId);
        owner.post("/api/v1/vehicles/" + vehicleId + "/service", "{\"date\":\"2024-03-05\",\"description\":\"Oil\"}");

        assertEquals(204, owner.delete("/api/v1/vehicles/" + vehicleId).status());
        assertEquals(0, owner.get("/api/v1/vehicles").jsonValue().asJsonArray().size());
        assertEquals(404, owner.get("/api/v1/vehicles/" + vehicleId + "/fuel/" + recordId).status());
        JsonObject trash = owner.get("/api/v1/trash").json();
        assertEquals(List.of(vehicleId), ids(trash, "vehicles"));
        assertTrue(ids(trash, "records").isEmpty(), "its records travel with it, not one by one");

        assertEquals(204, owner.post("/api/v1/trash/vehicles/" + vehicleId + "/restore", "").status());
        assertEquals(200, owner.get("/api/v1/vehicles/" + vehicleId + "/fuel/" + recordId).status());
        assertEquals(1, owner.get("/api/v1/vehicles/" + vehicleId + "/service").json().getJsonNumber("total").longValue());
    }

    @Test
    void nobodyElseSeesOrRestoresMyTrash() {
        Api owner = Api.newUser(server, "trash-owner");
        Api stranger = Api.newUser(server, "trash-stranger");
        long vehicleId = vehicle(owner);
        long recordId = fillUp(owner, vehicleId);
        owner.delete("/api/v1/vehicles/" + vehicleId + "/fuel/" + recordId);
        long otherVehicle = vehicle(owner);
        owner.delete("/api/v1/vehicles/" + otherVehicle);

        JsonObject strangersTrash = stranger.get("/api/v1/trash").json();
        assertTrue(ids(strangersTrash, "records").isEmpty() && ids(strangersTrash, "vehicles").isEmpty());
        assertEquals(404, stranger.post("/api/v1/trash/records/" + recordId + "/restore", "").status());
        assertEquals(404, stranger.post("/api/v1/trash/vehicles/" + otherVehicle + "/restore", "").status());
        assertEquals(401, Api.anonymous(server).get("/api/v1/trash").status());
        assertEquals(List.of(recordId), ids(owner.get("/api/v1/trash").json(), "records"), "still in the owner's trash");
    }

    @Test
    void after30DaysTheTrashIsEmptiedForGood() throws Exception {
        Api owner = Api.newUser(server, "trash-purge");
        long vehicleId = vehicle(owner);
        long oldRecord = fillUp(owner, vehicleId);
        long recentRecord = fillUp(owner, vehicleId);
        owner.delete("/api/v1/vehicles/" + vehicleId + "/fuel/" + oldRecord);
        owner.delete("/api/v1/vehicles/" + vehicleId + "/fuel/" + recentRecord);
        try (Connection db = database();
             PreparedStatement backdate = db.prepareStatement(
                     "UPDATE logbook_record SET deleted_at = now() - interval '31 days' WHERE id = ?")) {
            backdate.setLong(1, oldRecord);
            assertEquals(1, backdate.executeUpdate());
        }

        assertEquals(List.of(recentRecord), ids(owner.get("/api/v1/trash").json(), "records"));
        try (Connection db = database();
             PreparedStatement find = db.prepareStatement("SELECT count(*) FROM logbook_record WHERE id = ?")) {
            find.setLong(1, oldRecord);
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "deleted for good");
            }
        }
        assertFalse(owner.post("/api/v1/trash/records/" + oldRecord + "/restore", "").status() == 204);
    }

    @Test
    void aDeletedDocumentIsRestoredAndAPurgedOneLeavesNoBytesBehind() throws Exception {
        Api owner = Api.newUser(server, "trash-docs");
        long vehicleId = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicleId + "/documents";
        long kept = owner.postMultipart(base, java.util.Map.of(), "kept.pdf", DocumentApiIT.PDF).json()
                .getJsonNumber("id").longValue();
        long purged = owner.postMultipart(base, java.util.Map.of(), "purged.pdf", DocumentApiIT.PDF).json()
                .getJsonNumber("id").longValue();
        owner.delete(base + "/" + kept);
        owner.delete(base + "/" + purged);
        assertEquals(List.of(purged, kept), ids(owner.get("/api/v1/trash").json(), "documents"));

        assertEquals(204, owner.post("/api/v1/trash/documents/" + kept + "/restore", "").status());
        assertEquals(200, owner.getBytes(base + "/" + kept + "/content").statusCode(), "back, bytes and all");
        assertEquals(404, Api.newUser(server, "trash-docs-stranger").post("/api/v1/trash/documents/" + purged + "/restore", "")
                .status());

        String key;
        try (Connection db = database();
             PreparedStatement backdate = db.prepareStatement(
                     "UPDATE document SET deleted_at = now() - interval '31 days' WHERE id = ? RETURNING storage_key")) {
            backdate.setLong(1, purged);
            try (ResultSet rs = backdate.executeQuery()) {
                rs.next();
                key = rs.getString(1);
            }
        }
        java.nio.file.Path bytes = server.dataDir().resolve("documents").resolve(key);
        assertTrue(java.nio.file.Files.exists(bytes), "the bytes are there while it is in the trash");

        assertEquals(List.of(), ids(owner.get("/api/v1/trash").json(), "documents"), "purged on the next look");
        assertFalse(java.nio.file.Files.exists(bytes), "and its bytes with it");
        assertEquals(404, owner.post("/api/v1/trash/documents/" + purged + "/restore", "").status());
    }

    @Test
    void aDocumentOfATrashedRecordWaitsForItsRecord() {
        Api owner = Api.newUser(server, "trash-docrec");
        long vehicleId = vehicle(owner);
        long recordId = fillUp(owner, vehicleId);
        String base = "/api/v1/vehicles/" + vehicleId + "/documents";
        Api.Reply attached = owner.postMultipart(base, Map.of("recordId", Long.toString(recordId)), "receipt.pdf",
                DocumentApiIT.PDF);
        assertEquals(201, attached.status(), attached.body());
        long documentId = attached.json().getJsonNumber("id").longValue();
        assertEquals(204, owner.delete(base + "/" + documentId).status());
        assertEquals(204, owner.delete("/api/v1/vehicles/" + vehicleId + "/fuel/" + recordId).status());
        assertEquals(List.of(), ids(owner.get("/api/v1/trash").json(), "documents"), "listed with its record only");

        Api.Reply waits = owner.post("/api/v1/trash/documents/" + documentId + "/restore", "");
        assertEquals(409, waits.status(), waits.body());
        assertTrue(waits.contentType().startsWith("application/problem+json"), waits.contentType());
        assertTrue(waits.json().getString("detail").contains("restore the record"), waits.body());
        assertEquals(404, Api.newUser(server, "trash-docrec-stranger")
                .post("/api/v1/trash/documents/" + documentId + "/restore", "").status(), "nothing to see for others");
        assertTrue(owner.get(base).jsonValue().asJsonArray().isEmpty(), "still in the trash");

        assertEquals(204, owner.post("/api/v1/trash/records/" + recordId + "/restore", "").status());
        assertEquals(List.of(documentId), ids(owner.get("/api/v1/trash").json(), "documents"));
        assertEquals(204, owner.post("/api/v1/trash/documents/" + documentId + "/restore", "").status());
        assertEquals(200, owner.getBytes(base + "/" + documentId + "/content").statusCode());
    }

    private Connection database() throws Exception {
        return TestDatabase.connect(server);
    }
}
