package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sharing a vehicle over the API: invite by name or e-mail, accept, decline, change roles,
 * revoke, leave; what each role then sees and may do; and the changes nobody may make (no
 * escalation, managers never touch managers, the owner cannot leave).
 */
@ExtendWith(RunningServer.class)
class SharingApiIT {

    private final LibertyServer server;

    SharingApiIT(LibertyServer server) {
        this.server = server;
    }

    private static long vehicle(Api owner) {
        Api.Reply created = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long id(Api user) {
        return user.get("/api/v1/account").json().getJsonNumber("id").longValue();
    }

    private static Api.Reply invite(Api by, long vehicle, String user, String role) {
        return by.post("/api/v1/vehicles/" + vehicle + "/collaborators", "{\"user\":\"" + user + "\",\"role\":\"" + role + "\"}");
    }

    static void share(Api owner, long vehicle, Api with, String role) {
        assertEquals(201, invite(owner, vehicle, with.username(), role).status());
        assertEquals(204, with.post("/api/v1/invitations/" + vehicle + "/accept", "").status());
    }

    private static String problemType(Api.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        return reply.json().getString("type");
    }

    @Test
    void invitationByEmailIsOnlyAnInvitationUntilAcceptedThenTheVehicleIsInTheGarageWithItsRole() {
        Api owner = Api.newUser(server, "owner");
        String email = "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String name = "pat-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Api.anonymous(server).post("/api/v1/accounts", "{\"username\":\"" + name + "\",\"email\":\""
                + email + "\",\"password\":\"" + Api.PASSWORD + "\"}").status());
        Api pat = Api.as(server, name, Api.PASSWORD);
        long car = vehicle(owner);

        Api.Reply invited = invite(owner, car, email.toUpperCase(), "editor");
        assertEquals(201, invited.status(), invited.body());
        assertEquals("EDITOR", invited.json().getString("role"));
        assertFalse(invited.json().getBoolean("accepted"));
        assertEquals(404, pat.get("/api/v1/vehicles/" + car).status(), "an open invitation grants nothing");
        assertEquals(0, pat.get("/api/v1/vehicles").jsonValue().asJsonArray().size());

        JsonObject invitation = pat.get("/api/v1/invitations").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals(car, invitation.getJsonNumber("vehicleId").longValue());
        assertEquals("MV-1234", invitation.getString("vehicle"));
        assertEquals("EDITOR", invitation.getString("role"));
        assertEquals(204, pat.post("/api/v1/invitations/" + car + "/accept", "").status());
        assertEquals(404, pat.post("/api/v1/invitations/" + car + "/accept", "").status(), "accepted once");

        JsonObject inGarage = pat.get("/api/v1/vehicles").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals(car, inGarage.getJsonNumber("id").longValue());
        assertEquals("EDITOR", inGarage.getString("role"));
        assertEquals("OWNER", owner.get("/api/v1/vehicles/" + car).json().getString("role"));
        List<String> people = owner.get("/api/v1/vehicles/" + car + "/collaborators").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("username") + ":" + p.getString("role")
                        + ":" + p.getBoolean("accepted")).toList();
        assertEquals(List.of(owner.username() + ":OWNER:true", name + ":EDITOR:true"), people);

        // The editor's records are the vehicle's: the owner sees who wrote them.
        Api.Reply fuel = pat.post("/api/v1/vehicles/" + car + "/fuel", RecordTypesApiIT.VALID.get("fuel"));
        assertEquals(201, fuel.status(), fuel.body());
        assertEquals(name, owner.get(fuel.header("Location").replaceFirst("^https?://[^/]+", "")).json().getString("createdBy"));
    }

    @Test
    void badInvitationsAreRefusedWithTheReasonAndChangeNothing() {
        Api owner = Api.newUser(server, "owner");
        Api friend = Api.newUser(server, "friend");
        long car = vehicle(owner);
        Api.Reply unknown = invite(owner, car, "nobody-" + UUID.randomUUID(), "VIEWER");
        assertEquals(400, unknown.status());
        assertEquals("user", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, invite(owner, car, owner.username(), "VIEWER").status(), "the owner is no collaborator");
        Api.Reply role = invite(owner, car, friend.username(), "OWNER");
        assertEquals(400, role.status());
        assertEquals("role", role.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, invite(owner, car, friend.username(), "KING").status());
        assertEquals(400, owner.post("/api/v1/vehicles/" + car + "/collaborators", "{\"user\":").status(), "malformed JSON");
        assertEquals(201, invite(owner, car, friend.username(), "VIEWER").status());
        Api.Reply twice = invite(owner, car, friend.username(), "EDITOR");
        assertEquals(409, twice.status());
        assertEquals("urn:motovaultpro:problem:conflict", problemType(twice));
        assertEquals(2, owner.get("/api/v1/vehicles/" + car + "/collaborators").jsonValue().asJsonArray().size());
    }

    @Test
    void nobodyEscalatesManagersNeverTouchManagersAndTheOwnerCannotLeave() {
        Api owner = Api.newUser(server, "owner");
        Api manager = Api.newUser(server, "manager");
        Api other = Api.newUser(server, "manager2");
        Api editor = Api.newUser(server, "editor");
        Api viewer = Api.newUser(server, "viewer");
        long car = vehicle(owner);
        share(owner, car, manager, "MANAGER");
        share(owner, car, other, "MANAGER");
        share(owner, car, editor, "EDITOR");
        share(owner, car, viewer, "VIEWER");
        String people = "/api/v1/vehicles/" + car + "/collaborators/";

        Api.Reply selfPromotion = editor.put(people + id(editor), "{\"role\":\"MANAGER\"}");
        assertEquals(403, selfPromotion.status());
        assertEquals("urn:motovaultpro:problem:forbidden", problemType(selfPromotion));
        assertEquals(403, viewer.put(people + id(viewer), "{\"role\":\"EDITOR\"}").status());
        assertEquals(403, manager.put(people + id(manager), "{\"role\":\"VIEWER\"}").status());
        assertEquals(403, editor.put(people + id(viewer), "{\"role\":\"EDITOR\"}").status(), "editors share nothing");
        assertEquals(403, manager.put(people + id(editor), "{\"role\":\"MANAGER\"}").status(), "only the owner makes managers");
        assertEquals(403, manager.put(people + id(other), "{\"role\":\"VIEWER\"}").status(), "managers never touch managers");
        assertEquals(403, manager.delete(people + id(other)).status());
        assertEquals(403, invite(manager, car, Api.newUser(server, "m3").username(), "MANAGER").status());
        assertEquals(403, owner.delete(people + id(owner)).status(), "the owner cannot leave");
        assertEquals(403, owner.put(people + id(owner), "{\"role\":\"VIEWER\"}").status());
        assertEquals(404, owner.put(people + 999_999_999, "{\"role\":\"VIEWER\"}").status());

        assertEquals(204, manager.put(people + id(viewer), "{\"role\":\"EDITOR\"}").status());
        assertEquals(201, viewer.post("/api/v1/vehicles/" + car + "/note", RecordTypesApiIT.VALID.get("note")).status(),
                "the new role applies at once");
        assertEquals(204, owner.put(people + id(other), "{\"role\":\"VIEWER\"}").status());
        assertEquals(403, other.put("/api/v1/vehicles/" + car, VehicleApiIT.ACCORD).status());

        assertEquals(204, editor.delete(people + id(editor)).status(), "anyone may leave");
        assertEquals(404, editor.get("/api/v1/vehicles/" + car).status());
        assertEquals(204, manager.delete(people + id(viewer)).status(), "managers revoke editors");
        assertEquals(404, viewer.get("/api/v1/vehicles/" + car + "/dashboard").status());
    }

    @Test
    void collaboratorsWorkWithTheirOwnShopAndTrashButNeverSeeTheOwners() {
        Api owner = Api.newUser(server, "owner");
        Api editor = Api.newUser(server, "editor");
        long car = vehicle(owner);
        share(owner, car, editor, "EDITOR");
        long ownersOil = owner.post("/api/v1/supplies", RecordTypesApiIT.VALID.get("supply")).json().getJsonNumber("id").longValue();
        assertEquals(0, editor.get("/api/v1/supplies").json().getJsonNumber("total").longValue());
        Api.Reply usingOwners = editor.post("/api/v1/vehicles/" + car + "/service", "{\"date\":\"2024-03-01\",\"description\":\"Oil\","
                + "\"supplies\":[{\"supplyId\":" + ownersOil + ",\"quantity\":1}]}");
        assertEquals(400, usingOwners.status(), "the owner's shop is not the editor's");
        long editorsOil = editor.post("/api/v1/supplies", RecordTypesApiIT.VALID.get("supply")).json().getJsonNumber("id").longValue();
        Api.Reply usingOwn = editor.post("/api/v1/vehicles/" + car + "/service", "{\"date\":\"2024-03-01\",\"description\":\"Oil\","
                + "\"supplies\":[{\"supplyId\":" + editorsOil + ",\"quantity\":1}]}");
        assertEquals(201, usingOwn.status(), usingOwn.body());

        long note = owner.post("/api/v1/vehicles/" + car + "/note", RecordTypesApiIT.VALID.get("note")).json().getJsonNumber("id").longValue();
        assertEquals(204, editor.delete("/api/v1/vehicles/" + car + "/note/" + note).status());
        JsonObject ownerTrash = owner.get("/api/v1/trash").json();
        assertEquals(1, ownerTrash.getJsonArray("records").size(), "the owner sees what the editor deleted");
        assertEquals(editor.username(), ownerTrash.getJsonArray("records").getJsonObject(0).getString("deletedBy"));
        assertEquals(1, editor.get("/api/v1/trash").json().getJsonArray("records").size());
        assertEquals(204, editor.post("/api/v1/trash/records/" + note + "/restore", "").status());
        assertEquals(403, editor.delete("/api/v1/vehicles/" + car).status(), "editors do not delete the vehicle");
    }

    @Test
    void anAddressInvitesTheAccountWithThatAddressOnlyAndDoesNotTellWhoItIs() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String address = "dana-" + id + "@corp.example";
        Api anonymous = Api.anonymous(server).from("203.0.113.9");
        assertEquals(201, anonymous.post("/api/v1/accounts", "{\"username\":\"" + address + "\",\"password\":\""
                + Api.PASSWORD + "\"}").status(), "a user name that looks like an address nobody has yet");
        Api squatter = Api.as(server, address, Api.PASSWORD);
        assertEquals(201, anonymous.post("/api/v1/accounts", "{\"username\":\"dana-" + id + "\",\"displayName\":"
                + "\"Dana Real\",\"email\":\"" + address + "\",\"password\":\"" + Api.PASSWORD + "\"}").status());
        Api dana = Api.as(server, "dana-" + id, Api.PASSWORD);
        Api owner = Api.newUser(server, "owner");
        long car = vehicle(owner);

        Api.Reply invited = invite(owner, car, address.toUpperCase(), "viewer");
        assertEquals(201, invited.status(), invited.body());
        assertTrue(!invited.json().containsKey("username") || invited.json().isNull("username"), invited.body());
        assertEquals(address.toUpperCase(), invited.json().getString("displayName"), "the address as typed");
        String listed = owner.get("/api/v1/vehicles/" + car + "/collaborators").body();
        assertFalse(listed.contains("dana-" + id + "\"") || listed.contains("Dana Real"),
                "the open invitation does not tell who owns the address: " + listed);

        assertEquals(0, squatter.get("/api/v1/invitations").jsonValue().asJsonArray().size(),
                "a user name is never taken for an address");
        assertEquals(1, dana.get("/api/v1/invitations").jsonValue().asJsonArray().size());
        assertEquals(204, dana.post("/api/v1/invitations/" + car + "/accept", "").status());
        assertTrue(owner.get("/api/v1/vehicles/" + car + "/collaborators").body().contains("Dana Real"),
                "once accepted, the collaborator is shown as who they are");

        Api other = Api.newUser(server, "other");
        assertEquals(400, invite(owner, car, "x-" + address, "viewer").status(), "an address nobody has");
        Api.Reply byName = invite(owner, car, other.username(), "viewer");
        assertEquals(201, byName.status(), "a name without @ invites by user name: " + byName.body());
        assertEquals(other.username(), byName.json().getString("username"));
    }
}
