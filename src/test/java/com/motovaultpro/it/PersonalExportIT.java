package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.notification.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The personal export over the API: everything a person owns in one zip — settings, extra fields,
 * per owned vehicle its details, CSVs, notes, reminders and documents with their files — every
 * file listed in the manifest with its SHA-256; a vehicle only shared with the person stays out.
 */
@ExtendWith(RunningServer.class)
class PersonalExportIT {

    private static final String CHANNELS = "/api/v1/account/notification-channels";
    private static final String PREFERENCES = "/api/v1/account/notification-preferences";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final LibertyServer server;

    PersonalExportIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void everythingThePersonOwnsIsInOneZipWithEveryFileChecksummed() throws Exception {
        Api owner = Api.newUser(server, "export-all");
        Api friend = Api.newUser(server, "export-friend");
        long car = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + car;
        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Station\",\"type\":\"TEXT\"}").status());
        long fillUp = owner.post(base + "/fuel", "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40,\"cost\":60,"
                + "\"extraFields\":{\"Station\":\"Shell\"}}").json().getJsonNumber("id").longValue();
        assertEquals(201, owner.post(base + "/fuel", "{\"date\":\"2024-01-19\",\"odometer\":1400,\"quantity\":35.5}").status());
        assertEquals(201, owner.post(base + "/note", "{\"date\":\"2024-02-01\",\"title\":\"Tyres\",\"text\":\"Front **225/45 R17**\"}")
                .status());
        assertEquals(201, owner.post(base + "/reminders", "{\"description\":\"Oil change\",\"dueOdometer\":5000}").status());
        byte[] receipt = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(201, owner.postMultipart(base + "/documents", Map.of("recordId", Long.toString(fillUp)),
                "receipt.pdf", receipt).status());
        long friendsVan = friend.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("Accord", "Odyssey")).json()
                .getJsonNumber("id").longValue();
        assertEquals(201, friend.post("/api/v1/vehicles/" + friendsVan + "/collaborators",
                "{\"user\":\"" + owner.username() + "\",\"role\":\"manager\"}").status());
        assertEquals(204, owner.post("/api/v1/invitations/" + friendsVan + "/accept", "").status());

        HttpResponse<byte[]> download = owner.getBytes("/api/v1/account/export.zip");
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().contains(".zip"));
        Map<String, byte[]> files = unzip(download.body());

        JsonObject manifest = json(files.get("manifest.json")).asJsonObject();
        assertEquals("motovaultpro-personal-export", manifest.getString("format"));
        assertEquals(2, manifest.getInt("version"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, manifest.getJsonArray("withheld"), "a password sees everything");
        JsonObject notifications = json(files.get("account/notifications.json")).asJsonObject();
        assertEquals(0, notifications.getJsonArray("channels").size(), notifications.toString());
        assertEquals(owner.username(), manifest.getString("username"));
        assertEquals(1, manifest.getInt("vehicles"), "the shared van is the friend's, not the person's");
        JsonArray listed = manifest.getJsonArray("files");
        assertEquals(files.size() - 1, listed.size(), "every file but the manifest is listed");
        for (JsonObject file : listed.getValuesAs(JsonObject.class)) {
            byte[] bytes = files.get(file.getString("path"));
            assertEquals(file.getJsonNumber("bytes").longValue(), bytes.length, file.toString());
            assertEquals(file.getString("sha256"), sha256(bytes), file.toString());
        }

        assertEquals("Accord", json(files.get("vehicles/1/vehicle.json")).asJsonObject().getString("model"));
        String fuel = new String(files.get("vehicles/1/fuel.csv"), StandardCharsets.UTF_8);
        assertTrue(fuel.startsWith("Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,Notes,Tags,"
                + "FuelType,extrafield_Station\r\n2024-01-05,1000,40,60,"), fuel);
        assertTrue(fuel.contains("2024-01-19,1400,35.5,"), fuel);
        assertEquals("Tyres", json(files.get("vehicles/1/notes.json")).asJsonArray().getJsonObject(0).getString("title"));
        assertEquals("Oil change", json(files.get("vehicles/1/reminders.json")).asJsonArray().getJsonObject(0)
                .getString("description"));
        assertEquals("Station", json(files.get("account/extra-fields.json")).asJsonArray().getJsonObject(0)
                .getString("name"));
        JsonObject document = json(files.get("vehicles/1/documents.json")).asJsonArray().getJsonObject(0);
        assertEquals("fuel", document.getString("recordType"));
        assertEquals(1, document.getInt("recordRow"), "the receipt belongs to the first fill-up row");
        assertEquals(sha256(receipt), document.getString("sha256"));
        assertArrayEquals(receipt, files.get(document.getString("file")));
        assertTrue(files.keySet().stream().noneMatch(name -> name.startsWith("vehicles/2/")), files.keySet().toString());
    }

    @Test
    void anExportRestoredIntoAnotherAccountGivesEqualVehiclesRecordsAndDocumentsAndADamagedOneNothing() throws Exception {
        Api owner = Api.newUser(server, "restore-from");
        long car = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("\"fuelType\":\"GASOLINE\"",
                "\"fuelType\":\"GASOLINE\",\"secondaryFuelType\":\"ELECTRIC\"")).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + car;
        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Station\",\"type\":\"TEXT\"}").status());
        assertEquals(201, owner.post(base + "/fuel", "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40,"
                + "\"cost\":60,\"extraFields\":{\"Station\":\"Shell\"}}").status());
        long second = owner.post(base + "/fuel", "{\"date\":\"2024-01-19\",\"odometer\":1400,\"quantity\":35.5,"
                + "\"tags\":[\"trip\"],\"fuelType\":\"ELECTRIC\"}").json().getJsonNumber("id").longValue();
        // A lower reading the person confirmed: saved then, so restored as it is.
        assertEquals(201, owner.post(base + "/service", "{\"date\":\"2024-02-01\",\"odometer\":900,"
                + "\"description\":\"Oil\",\"cost\":80,\"confirmLowerOdometer\":true}").status());
        assertEquals(201, owner.post(base + "/note", "{\"date\":\"2024-02-01\",\"title\":\"Tyres\",\"text\":\"225/45\"}")
                .status());
        assertEquals(201, owner.post(base + "/reminders", "{\"description\":\"Oil change\",\"dueOdometer\":5000}").status());
        byte[] receipt = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(201, owner.postMultipart(base + "/documents", Map.of("recordId", Long.toString(second)),
                "receipt.pdf", receipt).status());
        // A plan done (it became a repair) and a shop supply, of no vehicle.
        assertEquals(201, owner.post(base + "/plan", "{\"date\":\"2024-03-01\",\"description\":\"Brake pads\","
                + "\"kind\":\"REPAIR\",\"progress\":\"DONE\",\"cost\":180}").status());
        assertEquals(201, owner.post("/api/v1/supplies", "{\"date\":\"2024-01-02\",\"description\":\"Engine oil 5W-30\","
                + "\"quantity\":5,\"cost\":42.5}").status());
        byte[] zip = owner.getBytes("/api/v1/account/export.zip").body();

        Api other = Api.newUser(server, "restore-to");
        Api.Reply dryRun = restore(other, zip, true);
        assertEquals(200, dryRun.status(), dryRun.body());
        assertTrue(dryRun.json().getBoolean("dryRun"));
        assertEquals(0, other.get("/api/v1/vehicles").jsonValue().asJsonArray().size(), "a dry run stores nothing");

        Api.Reply restored = restore(other, zip, false);
        assertEquals(200, restored.status(), restored.body());
        JsonObject report = restored.json();
        assertEquals(6, report.getInt("records"), "3 + the plan, its repair and the shop supply: " + report);
        assertEquals(1, report.getInt("notes"));
        assertEquals(1, report.getInt("reminders"));
        assertEquals(1, report.getInt("documents"));
        long copy = report.getJsonArray("vehicles").getJsonNumber(0).longValue();
        String copyBase = "/api/v1/vehicles/" + copy;
        for (String type : new String[] {"fuel", "service"}) {
            assertEquals(new String(owner.getBytes(base + "/exports/" + type + ".csv").body(), StandardCharsets.UTF_8),
                    new String(other.getBytes(copyBase + "/exports/" + type + ".csv").body(), StandardCharsets.UTF_8),
                    "the " + type + " records are equal");
        }
        assertEquals("Tyres", other.get(copyBase + "/note?size=10").json().getJsonArray("items").getJsonObject(0)
                .getString("title"));
        JsonObject document = other.get(copyBase + "/documents").jsonValue().asJsonArray().getJsonObject(0);
        long copiedSecond = other.get(copyBase + "/fuel?size=10").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("date").equals("2024-01-19")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(copiedSecond, document.getJsonNumber("recordId").longValue(), "the receipt follows its fill-up");
        assertEquals("ELECTRIC", other.get(copyBase + "/fuel/" + copiedSecond).json().getString("fuelType"),
                "a dual-fuel vehicle's charge stays a charge");
        assertArrayEquals(receipt, other.getBytes(copyBase + "/documents/" + document.getJsonNumber("id") + "/content").body());
        assertTrue(other.get("/api/v1/extra-fields").body().contains("\"name\":\"Station\""));
        JsonObject plan = other.get(copyBase + "/plan?size=10").json().getJsonArray("items").getJsonObject(0);
        long repair = other.get(copyBase + "/repair?size=10").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(repair, plan.getJsonNumber("recordId").longValue(), "the done plan keeps its repair");
        assertEquals("Engine oil 5W-30", other.get("/api/v1/supplies?size=10").json().getJsonArray("items")
                .getJsonObject(0).getString("description"));

        // One changed byte in a file: the manifest's checksum no longer matches, nothing is restored.
        Api third = Api.newUser(server, "restore-damaged");
        Map<String, byte[]> files = unzip(zip);
        byte[] fuel = files.get("vehicles/1/fuel.csv");
        fuel[fuel.length - 3] = (byte) (fuel[fuel.length - 3] == '1' ? '2' : '1');
        Api.Reply refused = restore(third, zip(files), false);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("urn:motovaultpro:problem:restore-refused", refused.json().getString("type"));
        assertEquals("vehicles/1/fuel.csv", refused.json().getJsonArray("errors").getJsonObject(0).getString("file"));
        assertEquals(0, third.get("/api/v1/vehicles").jsonValue().asJsonArray().size(), "nothing half-done");
        assertEquals(400, restore(third, "not a zip".getBytes(StandardCharsets.UTF_8), false).status());
    }

    @Test
    void oddOrHostileZipsAreRefusedAndAGapInTheVehiclesNumberingLosesNone() throws Exception {
        Api owner = Api.newUser(server, "restore-odd");
        long car = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        assertEquals(201, owner.post("/api/v1/vehicles/" + car + "/fuel",
                "{\"date\":\"2024-01-05\",\"odometer\":1000,\"quantity\":40}").status());
        Map<String, byte[]> files = unzip(owner.getBytes("/api/v1/account/export.zip").body());
        files.remove("manifest.json");

        Api other = Api.newUser(server, "restore-odd-to");
        // The vehicle's folder renumbered 1 → 3 (the manifest agrees): it is restored all the same.
        Map<String, byte[]> renumbered = new LinkedHashMap<>();
        files.forEach((path, bytes) -> renumbered.put(path.replace("vehicles/1/", "vehicles/3/"), bytes));
        Api.Reply gap = restore(other, withManifest(renumbered, Map.of()), false);
        assertEquals(200, gap.status(), gap.body());
        assertEquals(1, gap.json().getJsonArray("vehicles").size());
        assertEquals(1, gap.json().getInt("records"));

        // A file whose JSON is null, and a manifest that promises more than any upload unpacks to.
        Map<String, byte[]> nulled = new LinkedHashMap<>(files);
        nulled.put("account/settings.json", "null".getBytes(StandardCharsets.UTF_8));
        Api.Reply refused = restore(other, withManifest(nulled, Map.of()), false);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("account/settings.json"), refused.body());
        Api.Reply bomb = restore(other, withManifest(files, Map.of("vehicles/1/fuel.csv", 1L << 40)), false);
        assertEquals(400, bomb.status(), bomb.body());
        assertTrue(bomb.body().contains("unpack to more than"), bomb.body());
        assertEquals(1, other.get("/api/v1/vehicles").jsonValue().asJsonArray().size(), "only the first restore stored");
    }

    @Test
    void notificationChannelsTravelWithTheirSecretsAndAnAddressIsConfirmedAgainOnTheServerItComesTo() throws Exception {
        Api owner = Api.newUser(server, "restore-notify");
        String address = owner.username() + "@mail.test";
        try (HookReceiver receiver = new HookReceiver()) {
            Api.Reply hook = owner.post(CHANNELS, "{\"kind\":\"WEBHOOK\",\"name\":\"Home\",\"target\":\""
                    + receiver.url("/hook") + "\",\"events\":[\"REMINDER_DUE\",\"DIGEST\"]}");
            assertEquals(201, hook.status(), hook.body());
            String secret = hook.json().getString("secret");
            long phone = owner.post(CHANNELS, "{\"kind\":\"NTFY\",\"name\":\"Phone\",\"target\":\""
                    + receiver.url("/topic") + "\",\"token\":\"tk_phone\"}").json().getJsonNumber("id").longValue();
            assertEquals(200, owner.put(CHANNELS + "/" + phone, "{\"enabled\":false}").status());
            assertEquals(201, owner.post(CHANNELS, "{\"kind\":\"EMAIL\",\"name\":\"Mail\",\"target\":\"" + address
                    + "\"}").status());
            assertEquals(1, MailServer.shared().await(address, 1, WAIT).size(), "the owner's own confirmation");
            assertEquals(200, owner.put(PREFERENCES, "{\"timeZone\":\"Europe/Berlin\",\"digest\":\"DAILY\","
                    + "\"digestHour\":18,\"quietFrom\":\"22:00\",\"quietUntil\":\"06:30\"}").status());

            // No API key is shown a channel's secret, not even a MANAGER key: its export carries none, and says so.
            HttpResponse<byte[]> keyed = owner.withNewKey("MANAGER").getBytes("/api/v1/account/export.zip");
            assertEquals("private, no-store", keyed.headers().firstValue("Cache-Control").orElse(""));
            Map<String, byte[]> withKey = unzip(keyed.body());
            assertTrue(!withKey.containsKey("account/notifications.json"), withKey.keySet().toString());
            assertEquals("account/notifications.json", json(withKey.get("manifest.json")).asJsonObject()
                    .getJsonArray("withheld").getString(0));
            assertTrue(withKey.containsKey("account/settings.json"), "the rest is there");

            byte[] zip = owner.getBytes("/api/v1/account/export.zip").body();
            JsonObject saved = json(unzip(zip).get("account/notifications.json")).asJsonObject();
            assertEquals(3, saved.getJsonArray("channels").size(), saved.toString());
            assertEquals(secret, saved.getJsonArray("channels").getJsonObject(0).getString("secret"),
                    "the webhook's secret travels: its receiver keeps verifying");
            assertEquals("tk_phone", saved.getJsonArray("channels").getJsonObject(1).getString("secret"));

            Api other = Api.newUser(server, "restore-notify-to");
            Api.Reply restored = restore(other, zip, false);
            assertEquals(200, restored.status(), restored.body());
            JsonObject part = restored.json().getJsonArray("parts").getJsonObject(0);
            assertEquals("notifications", part.getString("part"));
            assertEquals(3, part.getInt("items"), part.toString());
            assertEquals(0, part.getJsonArray("leftOut").size(), part.toString());
            Map<String, JsonObject> channels = new LinkedHashMap<>();
            other.get(CHANNELS).jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                    .forEach(c -> channels.put(c.getString("name"), c));
            assertEquals("ACTIVE", channels.get("Home").getString("status"));
            assertEquals(Json.createArrayBuilder().add("REMINDER_DUE").add("DIGEST").build(),
                    channels.get("Home").getJsonArray("events"));
            assertEquals("OFF", channels.get("Phone").getString("status"), "switched off, it stays off");
            assertEquals("AWAITING_CONFIRMATION", channels.get("Mail").getString("status"),
                    "an address is used only once confirmed on this server");
            assertEquals(2, MailServer.shared().await(address, 2, WAIT).size(), "a new confirmation link was sent");
            JsonObject preferences = other.get(PREFERENCES).json();
            assertEquals("Europe/Berlin", preferences.getString("timeZone"));
            assertEquals("DAILY", preferences.getString("digest"));
            assertEquals(18, preferences.getInt("digestHour"));
            assertEquals("06:30", preferences.getString("quietUntil").substring(0, 5));

            // The restored webhook signs with the secret it had.
            assertEquals(202, other.post(CHANNELS + "/" + channels.get("Home").getJsonNumber("id") + "/test", "").status());
            HookReceiver.Received received = receiver.await(1, WAIT).get(0);
            assertTrue(WebhookSignature.verifies(secret.getBytes(StandardCharsets.UTF_8),
                    received.header("motovaultpro-signature"), received.body(), Instant.now().getEpochSecond(), 300));

            // The same export once more: no channel twice.
            JsonObject again = restore(other, zip, false).json().getJsonArray("parts").getJsonObject(0);
            assertEquals(0, again.getInt("items"), again.toString());
            assertEquals(3, again.getJsonArray("leftOut").size(), again.toString());
            assertEquals("ALREADY_PRESENT", again.getJsonArray("leftOut").getJsonObject(0).getString("reason"));
            assertEquals(3, other.get(CHANNELS).jsonValue().asJsonArray().size());
        }
    }

    @Test
    void aChannelThisServerCannotServeIsLeftOutAndAForgedOneRefusesTheRestore() throws Exception {
        Api owner = Api.newUser(server, "restore-notify-odd");
        Map<String, byte[]> files = unzip(owner.getBytes("/api/v1/account/export.zip").body());
        files.remove("manifest.json");
        Api other = Api.newUser(server, "restore-notify-odd-to");

        // A destination this server refuses, twice, and an address switched off: the rest of the restore stays.
        String metadata = "{\"kind\":\"WEBHOOK\",\"name\":\"Metadata\",\"target\":\"http://169.254.169.254/latest\","
                + "\"secret\":\"whsec_" + "a".repeat(32) + "\",\"events\":[\"DIGEST\"],\"enabled\":true}";
        files.put("account/notifications.json", ("{\"preferences\":{\"timeZone\":\"Asia/Tokyo\"},\"channels\":["
                + metadata + "," + metadata + ",{\"kind\":\"EMAIL\",\"name\":\"Old mail\",\"target\":\""
                + other.username() + "@mail.test\",\"enabled\":false}]}").getBytes(StandardCharsets.UTF_8));
        Api.Reply leftOut = restore(other, withManifest(files, Map.of(), 2), false);
        assertEquals(200, leftOut.status(), leftOut.body());
        JsonObject part = leftOut.json().getJsonArray("parts").getJsonObject(0);
        assertEquals(1, part.getInt("items"), part.toString());
        for (int i = 0; i < 2; i++) {
            assertEquals("DESTINATION_REFUSED", part.getJsonArray("leftOut").getJsonObject(i).getString("reason"),
                    part.toString());
            assertEquals("Metadata", part.getJsonArray("leftOut").getJsonObject(i).getString("item"));
        }
        assertEquals("Asia/Tokyo", other.get(PREFERENCES).json().getString("timeZone"),
                "a channel left out does not undo the restore");
        JsonObject mail = other.get(CHANNELS).jsonValue().asJsonArray().getJsonObject(0);
        assertEquals("OFF", mail.getString("status"), mail.toString());
        assertEquals(0, other.get("/api/v1/account/notifications").jsonValue().asJsonArray().size(),
                "no confirmation goes to an address restored switched off");

        for (String forged : new String[] {
                "{\"kind\":\"WEBHOOK\",\"name\":\"Weak\",\"target\":\"https://hooks.example.com/x\",\"secret\":\"whsec_1\"}",
                "{\"kind\":\"PIGEON\",\"name\":\"Bird\",\"target\":\"https://hooks.example.com/x\"}",
                "{\"kind\":\"GOTIFY\",\"name\":\"No token\",\"target\":\"https://push.example.com\"}"}) {
            files.put("account/notifications.json", ("{\"preferences\":{\"timeZone\":\"America/Chicago\"},"
                    + "\"channels\":[" + forged + "]}").getBytes(StandardCharsets.UTF_8));
            Api.Reply refused = restore(other, withManifest(files, Map.of(), 2), false);
            assertEquals(400, refused.status(), forged + ": " + refused.body());
            assertEquals("account/notifications.json", refused.json().getJsonArray("errors").getJsonObject(0)
                    .getString("file"), refused.body());
        }
        files.put("account/notifications.json", "{\"channels\":[],\"preferences\":{\"timeZone\":\"Mars/Olympus\"}}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, restore(other, withManifest(files, Map.of(), 2), false).status());
        assertEquals(1, other.get(CHANNELS).jsonValue().asJsonArray().size(), "nothing of a refused restore stays");
        assertEquals("Asia/Tokyo", other.get(PREFERENCES).json().getString("timeZone"));
    }

    /** The files with a manifest of their own, sizes as given in {@code claimed} where named there. */
    private static byte[] withManifest(Map<String, byte[]> files, Map<String, Long> claimed) throws Exception {
        return withManifest(files, claimed, 1);
    }

    /** The same, in a manifest of {@code version} of the format. */
    private static byte[] withManifest(Map<String, byte[]> files, Map<String, Long> claimed, int version) throws Exception {
        StringBuilder listed = new StringBuilder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            listed.append(listed.length() == 0 ? "" : ",").append("{\"path\":\"").append(file.getKey())
                    .append("\",\"bytes\":").append(claimed.getOrDefault(file.getKey(), (long) file.getValue().length))
                    .append(",\"sha256\":\"").append(sha256(file.getValue())).append("\"}");
        }
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.put("manifest.json", ("{\"format\":\"motovaultpro-personal-export\",\"version\":" + version + ",\"exportedAt\":"
                + "\"2026-12-07T00:00:00Z\",\"username\":\"someone\",\"vehicles\":1,\"files\":[" + listed + "]}")
                .getBytes(StandardCharsets.UTF_8));
        return zip(all);
    }

    private static Api.Reply restore(Api caller, byte[] zip, boolean dryRun) {
        return caller.send(caller.request("/api/v1/account/import" + (dryRun ? "?dryRun=true" : ""))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonValue json(byte[] bytes) {
        return Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readValue();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
