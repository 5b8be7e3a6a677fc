package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal API keys: shown once, stored hashed, scoped, revocable, expiring, with their last use. */
@ExtendWith(RunningServer.class)
class ApiKeyApiIT {

    private final LibertyServer server;

    ApiKeyApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void aKeyIsShownOnceAndThenWorksInEitherHeader() {
        Api owner = Api.newUser(server, "keys");
        Api.Reply created = owner.post("/api/v1/account/api-keys", "{\"name\":\"Home Assistant\",\"scope\":\"MANAGER\"}");
        assertEquals(201, created.status(), created.body());
        String key = created.json().getString("key");
        assertTrue(key.startsWith("mvp_" + created.json().getString("prefix") + "_"), key);
        assertEquals("ACTIVE", created.json().getString("status"));

        JsonObject listed = owner.get("/api/v1/account/api-keys").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals("Home Assistant", listed.getString("name"));
        assertFalse(listed.containsKey("key") && !listed.isNull("key"), "the secret is never listed again: " + listed);
        assertFalse(listed.containsKey("lastUsedAt") && !listed.isNull("lastUsedAt"), "not used yet");

        Api.Reply bySchemeHeader = owner.withAuthorization("ApiKey " + key).get("/api/v1/account");
        assertEquals(200, bySchemeHeader.status(), bySchemeHeader.body());
        assertEquals(owner.username(), bySchemeHeader.json().getString("username"));
        Api anonymous = Api.anonymous(server);
        Api.Reply byOwnHeader = anonymous.send(anonymous.request("/api/v1/account").header("X-API-Key", key).GET());
        assertEquals(200, byOwnHeader.status(), byOwnHeader.body());
        assertEquals(owner.username(), byOwnHeader.json().getString("username"));

        assertNotNull(owner.get("/api/v1/account/api-keys").jsonValue().asJsonArray().getJsonObject(0)
                .getString("lastUsedAt", null), "the use was recorded");
    }

    @Test
    void theScopeCapsWhatTheKeyMayDoWhateverTheOwnersRole() {
        Api owner = Api.newUser(server, "scoped");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String v = "/api/v1/vehicles/" + vehicle;
        Api viewer = owner.withNewKey("VIEWER");
        Api editor = owner.withNewKey("EDITOR");
        Api manager = owner.withNewKey("MANAGER");

        assertEquals(200, viewer.get(v).status());
        assertForbidden(viewer.post(v + "/note", RecordTypesApiIT.VALID.get("note")));
        assertForbidden(viewer.put("/api/v1/account/preferences", "{}"));

        assertEquals(201, editor.post(v + "/note", RecordTypesApiIT.VALID.get("note")).status());
        assertForbidden(editor.put(v, VehicleApiIT.ACCORD));
        assertForbidden(editor.delete(v));

        assertEquals(200, manager.put(v, VehicleApiIT.ACCORD).status());
        assertEquals("MANAGER", manager.get(v).json().getString("role"), "the vehicle shows the capped role");

        assertForbidden(editor.post("/api/v1/vehicles", VehicleApiIT.ACCORD));
        assertEquals(201, manager.post("/api/v1/vehicles", VehicleApiIT.ACCORD).status());

        // Keys do not make keys: only the password (or the settings page) does.
        assertForbidden(manager.post("/api/v1/account/api-keys", "{\"name\":\"x\",\"scope\":\"VIEWER\"}"));
        assertEquals(3, owner.get("/api/v1/account/api-keys").jsonValue().asJsonArray().size(), "three keys, no more");
    }

    @Test
    void anEditorKeyChangesRecordsButNeverTheAccountItsKeysOrItsSharing() {
        Api owner = Api.newUser(server, "scope-owner");
        Api collaborator = Api.newUser(server, "scope-editor");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long invitedTo = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long collaboratorId = collaborator.get("/api/v1/account").json().getJsonNumber("id").longValue();
        for (long v : List.of(vehicle, invitedTo)) {
            assertEquals(201, owner.post("/api/v1/vehicles/" + v + "/collaborators", "{\"user\":\""
                    + collaborator.username() + "\",\"role\":\"EDITOR\"}").status());
        }
        assertEquals(204, collaborator.post("/api/v1/invitations/" + vehicle + "/accept", "").status());
        Api editorKey = collaborator.withNewKey("EDITOR");
        long otherKey = collaborator.post("/api/v1/account/api-keys", "{\"name\":\"other\",\"scope\":\"VIEWER\"}")
                .json().getJsonNumber("id").longValue();

        assertEquals(201, editorKey.post("/api/v1/vehicles/" + vehicle + "/note", RecordTypesApiIT.VALID.get("note"))
                .status(), "records: yes");
        assertForbidden(editorKey.post("/api/v1/account/calendar-link", ""));
        assertForbidden(editorKey.delete("/api/v1/account/api-keys/" + otherKey));
        assertForbidden(editorKey.post("/api/v1/invitations/" + invitedTo + "/accept", ""));
        assertForbidden(editorKey.delete("/api/v1/vehicles/" + vehicle + "/collaborators/" + collaboratorId));
        assertForbidden(editorKey.post("/api/v1/extra-fields", "{\"recordType\":\"FUEL\",\"name\":\"Octane\","
                + "\"type\":\"NUMBER\"}"));
        assertForbidden(editorKey.put("/api/v1/account/preferences", "{\"currency\":\"EUR\"}"));

        assertEquals("ACTIVE", collaborator.get("/api/v1/account/api-keys").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(k -> k.getJsonNumber("id").longValue() == otherKey)
                .findFirst().orElseThrow().getString("status"), "the other key still works");
        assertEquals(1, collaborator.get("/api/v1/invitations").jsonValue().asJsonArray().size(), "still open");
        assertEquals(200, collaborator.get("/api/v1/vehicles/" + vehicle).status(), "still shared");
        assertEquals(0, collaborator.get("/api/v1/extra-fields").jsonValue().asJsonArray().size());

        Api managerKey = collaborator.withNewKey("MANAGER");
        assertEquals(204, managerKey.delete("/api/v1/vehicles/" + vehicle + "/collaborators/" + collaboratorId).status(),
                "a MANAGER key acts as the person: leaving is theirs to do");
    }

    @Test
    void onlyAManagerKeyOfAnAdministratorAdministers() {
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        assertEquals(200, admin.withNewKey("MANAGER").get("/api/v1/admin/settings").status());
        assertForbidden(admin.withNewKey("EDITOR").get("/api/v1/admin/settings"));
        assertForbidden(admin.withNewKey("VIEWER").get("/api/v1/admin/audit-events"));
        assertForbidden(admin.withNewKey("EDITOR").put("/api/v1/admin/settings", "{\"registrationMode\":\"CLOSED\"}"));
        assertEquals("OPEN", admin.get("/api/v1/admin/settings").json().getString("registrationMode"), "unchanged");
    }

    @Test
    void aRevokedKeyStopsAtOnceAndAnExpiredOneAtItsTime() throws InterruptedException {
        Api owner = Api.newUser(server, "revoke");
        Api.Reply created = owner.post("/api/v1/account/api-keys", "{\"name\":\"ci\",\"scope\":\"EDITOR\"}");
        long id = created.json().getJsonNumber("id").longValue();
        Api withKey = owner.withAuthorization("ApiKey " + created.json().getString("key"));
        assertEquals(200, withKey.get("/api/v1/vehicles").status());

        assertEquals(204, withKey.delete("/api/v1/account/api-keys/" + id).status(), "a key may revoke itself");
        Api.Reply refused = withKey.get("/api/v1/vehicles");
        assertEquals(401, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("The API key is unknown, revoked or expired", refused.json().getString("detail"));
        assertEquals("REVOKED", owner.get("/api/v1/account/api-keys").jsonValue().asJsonArray().getJsonObject(0)
                .getString("status"));

        Instant soon = Instant.now().plusSeconds(2);
        Api.Reply expiring = owner.post("/api/v1/account/api-keys",
                "{\"name\":\"short\",\"scope\":\"VIEWER\",\"expiresAt\":\"" + soon + "\"}");
        assertEquals(201, expiring.status(), expiring.body());
        Api shortLived = owner.withAuthorization("ApiKey " + expiring.json().getString("key"));
        assertEquals(200, shortLived.get("/api/v1/vehicles").status());
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 500);
        assertEquals(401, shortLived.get("/api/v1/vehicles").status(), "expired");

        assertEquals(401, owner.withAuthorization("ApiKey mvp_abcdefghjk_" + "A".repeat(43))
                .get("/api/v1/vehicles").status(), "a well-formed key nobody has");
        assertEquals(401, owner.withAuthorization("ApiKey not-a-key").get("/api/v1/vehicles").status());
    }

    @Test
    void badKeyRequestsAreRefusedWithTheFieldAndChangeNothing() {
        Api owner = Api.newUser(server, "badkeys");
        assertField(owner.post("/api/v1/account/api-keys", "{\"scope\":\"VIEWER\"}"), "name");
        assertField(owner.post("/api/v1/account/api-keys", "{\"name\":\"x\",\"scope\":\"OWNER\"}"), "scope");
        assertField(owner.post("/api/v1/account/api-keys", "{\"name\":\"x\",\"scope\":\"ROOT\"}"), "scope");
        assertField(owner.post("/api/v1/account/api-keys",
                "{\"name\":\"x\",\"scope\":\"VIEWER\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}"), "expiresAt");
        assertField(owner.post("/api/v1/account/api-keys", "{\"name\":\"bell\\u0007\",\"scope\":\"VIEWER\"}"),
                "name");
        Api.Reply malformed = owner.post("/api/v1/account/api-keys", "{\"name\":");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertEquals(0, owner.get("/api/v1/account/api-keys").jsonValue().asJsonArray().size(), "nothing was created");

        // Another person's key does not exist for you.
        Api other = Api.newUser(server, "otherkeys");
        long theirs = other.post("/api/v1/account/api-keys", "{\"name\":\"theirs\",\"scope\":\"VIEWER\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(404, owner.delete("/api/v1/account/api-keys/" + theirs).status());
        assertEquals("ACTIVE", other.get("/api/v1/account/api-keys").jsonValue().asJsonArray().getJsonObject(0)
                .getString("status"));
    }

    @Test
    void keyCreationAndRevocationAreAudited() {
        Api owner = Api.newUser(server, "audited");
        long id = owner.post("/api/v1/account/api-keys", "{\"name\":\"audit me\",\"scope\":\"VIEWER\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(204, owner.delete("/api/v1/account/api-keys/" + id).status());

        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        JsonArray events = admin.get("/api/v1/admin/audit-events?actor=" + owner.username()).jsonValue().asJsonArray();
        assertEquals("API_KEY_REVOKED", events.getJsonObject(0).getString("action"));
        assertEquals("API_KEY_CREATED", events.getJsonObject(1).getString("action"));
        assertTrue(events.getJsonObject(1).getString("detail").contains("scope=VIEWER"));
        assertEquals("127.0.0.1", events.getJsonObject(1).getString("clientAddress"));
        assertFalse(events.getJsonObject(1).getString("detail").contains("mvp_"), "the secret is never audited");
        assertEquals(403, owner.get("/api/v1/admin/audit-events").status(), "administrators only");
    }

    private static void assertForbidden(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private static void assertField(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }
}
