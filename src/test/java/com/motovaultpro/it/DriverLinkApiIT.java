package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Driver links over the API (the vehicle's owner and managers make, list and revoke them; the
 * secret is shown once) and the driver's page as a plain HTTP client sees it: the vehicle and its
 * last odometer reading only, and the status that says why a link does not work. Entries through
 * the page: DriverLinkBrowserIT.
 */
@ExtendWith(RunningServer.class)
class DriverLinkApiIT {

    private final LibertyServer server;

    DriverLinkApiIT(LibertyServer server) {
        this.server = server;
    }

    private static String links(long vehicle) {
        return "/api/v1/vehicles/" + vehicle + "/driver-links";
    }

    private static long vehicleOf(Api owner) {
        return owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    /** The page path (below the context root) of a link the API just created. */
    static String pathOf(JsonObject created) {
        String url = created.getString("url");
        return url.substring(url.indexOf("/driver.xhtml"));
    }

    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    @Test
    void managersCreateListAndRevokeLinksAndTheSecretIsShownOnce() {
        Api owner = Api.newUser(server, "fleet");
        Api manager = Api.newUser(server, "fleetmgr");
        long vehicle = vehicleOf(owner);
        SharingApiIT.share(owner, vehicle, manager, "MANAGER");

        String expires = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Reply created = owner.post(links(vehicle), "{\"label\":\"Anna's phone\",\"expiresAt\":\"" + expires + "\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject link = created.json();
        assertTrue(link.getString("url").matches("http://[^/]+/[^?]*driver\\.xhtml\\?link=[A-Za-z0-9_-]{43}"), link.toString());
        assertEquals("ACTIVE", link.getString("status"));
        assertEquals("Anna's phone", link.getString("label"));
        assertEquals(owner.username(), link.getString("createdBy"));
        assertEquals(expires, link.getString("expiresAt"));
        assertTrue(created.header("Location").endsWith(links(vehicle) + "/" + link.getJsonNumber("id")), created.header("Location"));

        Api.Reply byManager = manager.post(links(vehicle), "{\"label\":\"Workshop\"}");
        assertEquals(201, byManager.status(), byManager.body());
        assertTrue(absent(byManager.json(), "expiresAt"), "without an expiry it works until revoked");

        List<JsonObject> listed = manager.get(links(vehicle)).jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("Workshop", "Anna's phone"), listed.stream().map(l -> l.getString("label")).toList(),
                "newest first");
        assertTrue(listed.stream().allMatch(l -> absent(l, "url")), "the secret is never listed again: " + listed);

        long id = link.getJsonNumber("id").longValue();
        assertEquals(204, manager.delete(links(vehicle) + "/" + id).status());
        assertEquals(204, manager.delete(links(vehicle) + "/" + id).status(), "revoking again changes nothing");
        JsonObject revoked = owner.get(links(vehicle)).jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("REVOKED", revoked.getString("status"));

        long otherVehicle = vehicleOf(owner);
        Api.Reply elsewhere = owner.delete(links(otherVehicle) + "/" + byManager.json().getJsonNumber("id"));
        assertEquals(404, elsewhere.status(), "a link is revoked through its own vehicle only");
        assertEquals("ACTIVE", owner.get(links(vehicle)).jsonValue().asJsonArray().getJsonObject(0).getString("status"));
    }

    @Test
    void onlyTheOwnerAndManagersMayAndAKeysScopeCapsThem() {
        Api owner = Api.newUser(server, "linkowner");
        Api editor = Api.newUser(server, "linkeditor");
        Api viewer = Api.newUser(server, "linkviewer");
        Api stranger = Api.newUser(server, "linkstranger");
        long vehicle = vehicleOf(owner);
        SharingApiIT.share(owner, vehicle, editor, "EDITOR");
        SharingApiIT.share(owner, vehicle, viewer, "VIEWER");
        String body = "{\"label\":\"Van\"}";

        assertEquals(403, editor.post(links(vehicle), body).status());
        assertEquals(403, viewer.get(links(vehicle)).status());
        assertEquals(404, stranger.get(links(vehicle)).status());
        assertEquals(404, stranger.post(links(vehicle), body).status());
        assertEquals(403, owner.withNewKey("EDITOR").post(links(vehicle), body).status(), "an EDITOR key cannot make links");
        assertEquals(201, owner.withNewKey("MANAGER").post(links(vehicle), body).status());
        long id = owner.get(links(vehicle)).jsonValue().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, editor.delete(links(vehicle) + "/" + id).status());
        assertEquals("ACTIVE", owner.get(links(vehicle)).jsonValue().asJsonArray().getJsonObject(0).getString("status"));
    }

    @Test
    void badInputIsRefusedWithAProblemAndMakesNoLink() {
        Api owner = Api.newUser(server, "linkinput");
        long vehicle = vehicleOf(owner);
        for (String body : List.of("{}", "{\"label\":\"  \"}", "{\"label\":\"" + "x".repeat(61) + "\"}",
                "{\"label\":\"a\\u0007b\"}")) {
            Api.Reply refused = owner.post(links(vehicle), body);
            assertEquals(400, refused.status(), body + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertTrue(refused.body().contains("\"label\""), refused.body());
        }
        Api.Reply past = owner.post(links(vehicle), "{\"label\":\"Late\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        assertEquals(400, past.status(), past.body());
        assertTrue(past.body().contains("expiresAt"), past.body());
        assertEquals(400, owner.post(links(vehicle), "{\"label\":").status());
        assertEquals("[]", owner.get(links(vehicle)).body().strip());

        assertEquals(200, owner.put("/api/v1/vehicles/" + vehicle, VehicleApiIT.ACCORD.replace("\"purchasePrice\"",
                "\"soldDate\":\"2024-05-01\",\"purchasePrice\"")).status());
        Api.Reply sold = owner.post(links(vehicle), "{\"label\":\"Buyer\"}");
        assertEquals(409, sold.status(), "a sold vehicle takes no new entries: " + sold.body());
    }

    @Test
    void theDriversPageShowsTheVehicleAndItsLastReadingAndNothingElse() {
        Api owner = Api.newUser(server, "linkpage");
        long vehicle = vehicleOf(owner);
        assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/fuel",
                "{\"date\":\"2024-02-01\",\"odometer\":12345,\"quantity\":40,\"cost\":61.97,\"notes\":\"fuel-note-q7\"}").status());
        assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/note",
                "{\"date\":\"2024-02-02\",\"title\":\"private-note-k2\",\"text\":\"glovebox code 4711\"}").status());
        JsonObject link = owner.post(links(vehicle), "{\"label\":\"Anna\"}").json();

        HttpResponse<String> page = PageSession.anonymous(server).get(pathOf(link));
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("MV-1234"), "the vehicle is named");
        assertTrue(body.contains("id=\"lastOdometer\""), "its last reading is shown");
        assertTrue(body.contains("12,345"), "as a figure in the visitor's format");
        for (String hidden : List.of("fuel-note-q7", "61.97", "private-note-k2", "4711", "1HGCM82633A004352", "18,500",
                "Bought from the first owner", owner.username())) {
            assertFalse(body.contains(hidden), "the page shows nothing else of the vehicle: " + hidden);
        }
        assertFalse(body.contains("id=\"navGarage\""), "no way into the application");
    }

    @Test
    void aLinkStopsWorkingWhenRevokedExpiredOrTheVehicleIsSoldOrGone() throws SQLException {
        Api owner = Api.newUser(server, "linkend");
        long vehicle = vehicleOf(owner);
        PageSession driver = PageSession.from(server, "198.51.100.31");
        JsonObject revoked = owner.post(links(vehicle), "{\"label\":\"Revoked\"}").json();
        JsonObject expired = owner.post(links(vehicle), "{\"label\":\"Expired\"}").json();
        JsonObject working = owner.post(links(vehicle), "{\"label\":\"Working\"}").json();
        assertEquals(200, driver.get(pathOf(revoked)).statusCode());

        assertEquals(204, owner.delete(links(vehicle) + "/" + revoked.getJsonNumber("id")).status());
        HttpResponse<String> gone = driver.get(pathOf(revoked));
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("id=\"driverClosed\"") && !gone.body().contains("id=\"driverForm\""), gone.body());

        try (Connection db = TestDatabase.connect(server);
             PreparedStatement backdate = db.prepareStatement("UPDATE driver_link SET expires_at = now() - interval '1 minute' WHERE id = ?")) {
            backdate.setLong(1, expired.getJsonNumber("id").longValue());
            assertEquals(1, backdate.executeUpdate());
        }
        assertEquals(410, driver.get(pathOf(expired)).statusCode());
        assertEquals("EXPIRED", owner.get(links(vehicle)).jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("label").equals("Expired")).findFirst().orElseThrow().getString("status"));

        assertEquals(200, owner.put("/api/v1/vehicles/" + vehicle, VehicleApiIT.ACCORD.replace("\"purchasePrice\"",
                "\"soldDate\":\"2024-05-01\",\"purchasePrice\"")).status());
        assertEquals(409, driver.get(pathOf(working)).statusCode(), "a sold vehicle takes no entries");
        assertEquals(200, owner.put("/api/v1/vehicles/" + vehicle, VehicleApiIT.ACCORD).status());
        assertEquals(200, driver.get(pathOf(working)).statusCode(), "until it is not sold any more");

        assertEquals(204, owner.delete("/api/v1/vehicles/" + vehicle).status());
        assertEquals(404, driver.get(pathOf(working)).statusCode(), "a vehicle in the trash takes no entries");
    }

    @Test
    void unknownLinksFromOneAddressAreHeldBackWithoutALookup() {
        Api owner = Api.newUser(server, "linkguess");
        JsonObject link = owner.post(links(vehicleOf(owner)), "{\"label\":\"Real\"}").json();
        PageSession guesser = PageSession.from(server, "198.51.100.32");
        String unknown = "/driver.xhtml?link=" + "A".repeat(43);
        for (int i = 0; i < LibertyServer.DRIVER_LINK_FAILURES_PER_CLIENT; i++) {
            assertEquals(404, guesser.get(unknown).statusCode(), "unknown link " + i);
        }
        assertEquals(429, guesser.get(unknown).statusCode());
        assertEquals(429, guesser.get(pathOf(link)).statusCode(), "held back before any lookup, a real link too");
        assertEquals(200, PageSession.from(server, "198.51.100.33").get(pathOf(link)).statusCode(),
                "other addresses are not held back");
        assertEquals(404, PageSession.from(server, "198.51.100.33").get("/driver.xhtml?link=short").statusCode());
    }
}
