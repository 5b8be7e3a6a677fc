package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events beside due reminders: an invitation reaches the invited person, a renewed recurring
 * fee everyone who sees the vehicle, a finished import the person who imported — each only
 * through channels that want it.
 */
@ExtendWith(RunningServer.class)
class NotificationEventsIT {

    private final LibertyServer server;

    NotificationEventsIT(LibertyServer server) {
        this.server = server;
    }

    private static void webhook(Api user, HookReceiver receiver, String events) {
        assertEquals(201, user.post("/api/v1/account/notification-channels", "{\"kind\":\"WEBHOOK\",\"name\":\"hook\","
                + "\"target\":\"" + receiver.url("/" + user.username()) + "\",\"events\":[" + events + "]}").status());
    }

    private static JsonObject payload(HookReceiver.Received hook) {
        return Json.createReader(new StringReader(hook.text())).readObject();
    }

    @Test
    void anInvitationReachesTheInvitedPerson() throws Exception {
        Api owner = Api.newUser(server, "evinviter");
        Api invitee = Api.newUser(server, "evinvitee");
        try (HookReceiver receiver = new HookReceiver()) {
            webhook(invitee, receiver, "\"INVITATION\"");
            long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/collaborators", "{\"user\":\""
                    + invitee.username() + "\",\"role\":\"EDITOR\"}").status());
            JsonObject payload = payload(receiver.await(1, Duration.ofSeconds(20)).get(0));
            assertEquals("invitation.received", payload.getString("event"));
            assertEquals(owner.username(), payload.getJsonObject("data").getString("invitedBy"));
            assertTrue(payload.getString("text").contains(owner.username() + " invites you to") && payload.getString("text")
                    .contains("as Editor"), payload.getString("text"));
        }
    }

    @Test
    void aRenewedFeeReachesEveryoneWhoWantsIt() throws Exception {
        Api owner = Api.newUser(server, "evfee");
        try (HookReceiver receiver = new HookReceiver()) {
            webhook(owner, receiver, "\"FEE_RENEWED\"");
            long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            LocalDate start = LocalDate.now().minusMonths(13);
            assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/tax", "{\"date\":\"" + start
                    + "\",\"description\":\"Registration\",\"cost\":120,\"recurrenceInterval\":12}").status());
            List<HookReceiver.Received> hooks = receiver.await(1, Duration.ofSeconds(20));
            JsonObject payload = payload(hooks.get(0));
            assertEquals("fee.renewed", payload.getString("event"));
            assertEquals(start.plusMonths(12).toString(), payload.getJsonObject("data").getString("date"));
            assertTrue(payload.getString("title").endsWith(": Registration renewed"), payload.getString("title"));
        }
    }

    @Test
    void aFinishedImportReachesTheImporterAndAPreviewDoesNot() throws Exception {
        Api owner = Api.newUser(server, "evimport");
        try (HookReceiver receiver = new HookReceiver()) {
            webhook(owner, receiver, "\"IMPORT_FINISHED\"");
            long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            String path = "/api/v1/vehicles/" + vehicle + "/imports/fuel?locale=en-US";
            assertEquals(200, csv(owner, path + "&dryRun=true").status());
            Api.Reply imported = csv(owner, path);
            assertEquals(200, imported.status(), imported.body());
            JsonObject payload = payload(receiver.await(1, Duration.ofSeconds(20)).get(0));
            assertEquals("import.finished", payload.getString("event"));
            assertEquals(3, payload.getJsonObject("data").getInt("stored"));
            assertEquals("3 Fuel records imported.", payload.getString("text"));
            Thread.sleep(2000);
            assertEquals(1, receiver.received().size(), "a preview notifies nobody");
        }
    }

    private static Api.Reply csv(Api caller, String path) {
        return caller.send(caller.request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(CsvImportExportIT.FUEL_CSV, StandardCharsets.UTF_8)));
    }
}
