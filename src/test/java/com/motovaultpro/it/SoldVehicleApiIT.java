package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sold vehicle's records are read-only (SPEC) until a manager reopens them: every way of changing
 * them answers 409, reading goes on, and a personal export restores it sold and read-only.
 */
@ExtendWith(RunningServer.class)
class SoldVehicleApiIT {

    private static final String SOLD = VehicleApiIT.ACCORD.replace("\"purchasePrice\"",
            "\"soldDate\":\"2024-05-01\",\"soldPrice\":9000,\"purchasePrice\"");

    private final LibertyServer server;

    SoldVehicleApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void aSoldVehiclesRecordsAreReadOnlyUntilAManagerReopensThem() {
        Api owner = Api.newUser(server, "sold");
        Api manager = Api.newUser(server, "soldmanager");
        Api editor = Api.newUser(server, "soldeditor");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + vehicle;
        long fuel = owner.post(base + "/fuel", "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40,\"cost\":60}")
                .json().getJsonNumber("id").longValue();
        SharingApiIT.share(owner, vehicle, manager, "MANAGER");
        SharingApiIT.share(owner, vehicle, editor, "EDITOR");
        assertFalse(owner.get(base).json().getBoolean("recordsReadOnly"));
        assertEquals(409, owner.post(base + "/reopen", "").status(), "only a sold vehicle is ever read-only");

        assertEquals(200, owner.put(base, SOLD).status());
        assertTrue(owner.get(base).json().getBoolean("recordsReadOnly"), "sold: read-only by default");
        Api.Reply refused = editor.post(base + "/fuel", "{\"date\":\"2024-06-01\",\"odometer\":1500,\"quantity\":30}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("/reopen"), refused.body());
        assertEquals(409, owner.put(base + "/fuel/" + fuel, "{\"date\":\"2024-01-05\",\"odometer\":1000,"
                + "\"quantity\":41,\"cost\":60}").status(), "not even the owner edits a record");
        assertEquals(409, owner.delete(base + "/fuel/" + fuel).status());
        assertEquals(409, owner.post(base + "/records/bulk", "{\"action\":\"ADD_TAG\",\"ids\":[" + fuel + "],"
                + "\"tag\":\"late\"}").status());
        assertEquals(409, owner.post(base + "/reminders", "{\"description\":\"Oil change\",\"dueOdometer\":5000}").status());
        assertEquals(409, owner.send(owner.request(base + "/imports/fuel?locale=en-US").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(CsvImportExportIT.FUEL_CSV, StandardCharsets.UTF_8))).status());
        assertEquals(200, editor.get(base + "/fuel/" + fuel).status(), "reading goes on");
        assertEquals("40.000", owner.get(base + "/fuel/" + fuel).json().getJsonNumber("quantity").bigDecimalValue()
                .setScale(3).toPlainString(), "nothing changed");

        assertEquals(403, editor.post(base + "/reopen", "").status(), "reopening is a manager's decision");
        JsonObject reopened = manager.post(base + "/reopen", "").json();
        assertFalse(reopened.getBoolean("recordsReadOnly"));
        assertEquals(201, editor.post(base + "/fuel", "{\"date\":\"2024-06-01\",\"odometer\":1500,\"quantity\":30}").status());
        assertEquals(200, owner.withNewKey("MANAGER").post(base + "/close", "").status());
        assertEquals(409, editor.post(base + "/fuel", "{\"date\":\"2024-06-02\",\"odometer\":1600,\"quantity\":30}").status());
        assertEquals(403, owner.withNewKey("EDITOR").post(base + "/reopen", "").status(), "a capped key is no manager");

        // Sold again after being reopened and unsold: read-only again, by default.
        assertEquals(200, owner.post(base + "/reopen", "").status());
        assertEquals(200, owner.put(base, VehicleApiIT.ACCORD).status());
        assertFalse(owner.get(base).json().getBoolean("recordsReadOnly"));
        assertEquals(200, owner.put(base, SOLD).status());
        assertTrue(owner.get(base).json().getBoolean("recordsReadOnly"));
    }

    @Test
    void aSoldVehicleComesBackFromAPersonalExportSoldAndReadOnlyWithItsRecords() {
        Api owner = Api.newUser(server, "soldexport");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + vehicle;
        assertEquals(201, owner.post(base + "/fuel", "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40}").status());
        assertEquals(201, owner.post(base + "/note", "{\"date\":\"2024-02-01\",\"title\":\"Sold to a neighbour\"}").status());
        assertEquals(200, owner.put(base, SOLD).status());
        byte[] zip = owner.getBytes("/api/v1/account/export.zip").body();

        Api other = Api.newUser(server, "soldrestore");
        Api.Reply restored = other.send(other.request("/api/v1/account/import").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
        assertEquals(200, restored.status(), restored.body());
        long copy = restored.json().getJsonArray("vehicles").getJsonNumber(0).longValue();
        JsonObject copied = other.get("/api/v1/vehicles/" + copy).json();
        assertEquals("2024-05-01", copied.getString("soldDate"));
        assertTrue(copied.getBoolean("recordsReadOnly"));
        assertEquals(1, other.get("/api/v1/vehicles/" + copy + "/fuel").json().getJsonNumber("total").longValue());
        assertEquals(1, other.get("/api/v1/vehicles/" + copy + "/note").json().getJsonNumber("total").longValue());
    }
}
