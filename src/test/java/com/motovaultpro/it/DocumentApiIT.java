package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents on the embedded default (a local directory): upload with type from the bytes, size
 * and checksum; download with safe headers; record attachments; the vehicle photo; limits and
 * refusals; the trash; the zip of everything; who may do what.
 */
@ExtendWith(RunningServer.class)
class DocumentApiIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360000002000105"
                    + "0d0a2db40000000049454e44ae426082");

    private final LibertyServer server;

    DocumentApiIT(LibertyServer server) {
        this.server = server;
    }

    private static long vehicle(Api owner) {
        return owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static long id(Api.Reply created) {
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api user, String list) {
        Api.Reply reply = user.get(list);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonValue().asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Set<String> zipNames(Api user, String base) throws Exception {
        HttpResponse<byte[]> zip = user.getBytes(base + "/archive.zip");
        assertEquals(200, zip.statusCode());
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static void share(Api owner, long vehicle, Api with, String role) {
        assertEquals(201, owner.post("/api/v1/vehicles/" + vehicle + "/collaborators",
                "{\"user\":\"" + with.username() + "\",\"role\":\"" + role + "\"}").status());
        assertEquals(204, with.post("/api/v1/invitations/" + vehicle + "/accept", "").status());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anUploadIsStoredAsItsBytesSayAndComesBackIntact() throws Exception {
        Api owner = Api.newUser(server, "docs");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/documents";

        // The uploader calls it a .txt; the bytes say PDF, and PDF it is.
        Api.Reply created = owner.postMultipart(base, Map.of(), "../../Rechnung Ölwechsel.txt", PDF);
        assertEquals(201, created.status(), created.body());
        JsonObject document = created.json();
        assertEquals("Rechnung Ölwechsel.txt", document.getString("name"), "path parts stripped, the name kept");
        assertEquals("application/pdf", document.getString("contentType"));
        assertEquals(PDF.length, document.getInt("size"));
        assertEquals(sha256(PDF), document.getString("sha256"));
        assertTrue(document.getBoolean("previewable"));

        HttpResponse<byte[]> content = owner.getBytes(base + "/" + document.getJsonNumber("id") + "/content");
        assertEquals(200, content.statusCode());
        assertArrayEquals(PDF, content.body());
        assertEquals("application/pdf", content.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", content.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(content.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("inline; filename=\"Rechnung _lwechsel.txt\"; filename*=UTF-8''Rechnung%20%C3%96lwechsel.txt"));
        assertTrue(content.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
        assertTrue(owner.getBytes(base + "/" + document.getJsonNumber("id") + "/content?download=true").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));

        Api.Reply text = owner.postMultipart(base, Map.of(), "notes.txt", "Tyres: 2.4 bar\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("text/plain; charset=UTF-8", text.json().getString("contentType"));
        assertTrue(owner.getBytes(base + "/" + text.json().getJsonNumber("id") + "/content").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"), "text is only downloaded");

        JsonArray listed = owner.get(base).jsonValue().asJsonArray();
        assertEquals(2, listed.size());
        assertEquals("notes.txt", listed.getJsonObject(0).getString("name"), "newest first");
    }

    @Test
    void whatCouldRunInABrowserOrIsTooLargeIsRefusedAndNothingIsKept() {
        Api owner = Api.newUser(server, "docbad");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/documents";

        for (String markup : new String[] {"<html><script>alert(1)</script></html>", "<svg xmlns='http://www.w3.org/2000/svg'/>",
                "  <?xml version='1.0'?><x/>"}) {
            Api.Reply refused = owner.postMultipart(base, Map.of(), "innocent.pdf", markup.getBytes(StandardCharsets.UTF_8));
            assertEquals(415, refused.status(), markup);
            assertEquals("file", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(400, owner.postMultipart(base, Map.of(), "empty.pdf", new byte[0]).status());
        assertEquals(400, owner.postMultipart(base, Map.of("recordId", "1"), null, null).status(), "no file");

        byte[] big = new byte[(int) LibertyServer.DOCUMENT_MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply tooLarge = owner.postMultipart(base, Map.of(), "big.pdf", big);
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.contentType().startsWith("application/problem+json"));

        byte[] huge = new byte[(int) LibertyServer.DOCUMENT_MAX_BYTES * 3];
        assertEquals(413, owner.postMultipart(base, Map.of(), "huge.pdf", huge).status(), "refused before it is read");

        assertEquals(0, owner.get(base).jsonValue().asJsonArray().size(), "nothing was kept");
    }

    @Test
    void recordsTakeAttachmentsAndAVehicleTakesOnePhoto() {
        Api owner = Api.newUser(server, "docrec");
        long vehicle = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicle + "/documents";
        long service = owner.post("/api/v1/vehicles/" + vehicle + "/service", RecordTypesApiIT.VALID.get("service"))
                .json().getJsonNumber("id").longValue();

        Api.Reply receipt = owner.postMultipart(base, Map.of("recordId", Long.toString(service)), "receipt.pdf", PDF);
        assertEquals(201, receipt.status(), receipt.body());
        assertEquals(service, receipt.json().getJsonNumber("recordId").longValue());
        owner.postMultipart(base, Map.of(), "manual.pdf", PDF);
        assertEquals(1, owner.get(base + "?recordId=" + service).jsonValue().asJsonArray().size());
        assertEquals(2, owner.get(base).jsonValue().asJsonArray().size());

        Api other = Api.newUser(server, "docother");
        long theirs = other.post("/api/v1/vehicles/" + vehicle(other) + "/service", RecordTypesApiIT.VALID.get("service"))
                .json().getJsonNumber("id").longValue();
        assertEquals(404, owner.postMultipart(base, Map.of("recordId", Long.toString(theirs)), "x.pdf", PDF).status(),
                "another person's record is no record of this vehicle");

        assertEquals(400, owner.postMultipart(base, Map.of("photo", "true"), "photo.pdf", PDF).status(), "a photo is an image");
        long first = owner.postMultipart(base, Map.of("photo", "true"), "front.png", PNG).json().getJsonNumber("id").longValue();
        long second = owner.postMultipart(base, Map.of("photo", "true"), "side.png", PNG).json().getJsonNumber("id").longValue();
        assertEquals(false, owner.get(base + "/" + first).json().getBoolean("vehiclePhoto"), "replaced");
        assertEquals(true, owner.get(base + "/" + second).json().getBoolean("vehiclePhoto"));

        // An image already attached becomes the photo; a PDF cannot.
        Api.Reply chosen = owner.post(base + "/" + first + "/photo", "");
        assertEquals(200, chosen.status(), chosen.body());
        assertEquals(true, chosen.json().getBoolean("vehiclePhoto"));
        assertEquals(false, owner.get(base + "/" + second).json().getBoolean("vehiclePhoto"), "one photo only");
        long manual = owner.get(base).jsonValue().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("name").equals("manual.pdf")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(400, owner.post(base + "/" + manual + "/photo", "").status());
    }

    @Test
    void deletedDocumentsGoToTheTrashAndTheZipHoldsTheRestWithUniqueNames() throws Exception {
        Api owner = Api.newUser(server, "doczip");
        String base = "/api/v1/vehicles/" + vehicle(owner) + "/documents";
        owner.postMultipart(base, Map.of(), "receipt.pdf", PDF);
        owner.postMultipart(base, Map.of(), "receipt.pdf", PNG);
        long gone = owner.postMultipart(base, Map.of(), "old.pdf", PDF).json().getJsonNumber("id").longValue();
        assertEquals(204, owner.delete(base + "/" + gone).status());
        assertEquals(404, owner.get(base + "/" + gone).status());

        HttpResponse<byte[]> zip = owner.getBytes(base + "/archive.zip");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), sha256(in.readAllBytes()));
            }
        }
        assertEquals(Map.of("receipt.pdf", sha256(PNG), "receipt (2).pdf", sha256(PDF)), entries,
                "newest first, the second one numbered, the deleted one left out");
    }

    @Test
    void collaboratorsSeeWhatTheirRoleAllowsAndStrangersNothing() {
        Api owner = Api.newUser(server, "docshare");
        Api viewer = Api.newUser(server, "docviewer");
        Api stranger = Api.newUser(server, "docstranger");
        long vehicle = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicle + "/documents";
        long id = owner.postMultipart(base, Map.of(), "a.pdf", PDF).json().getJsonNumber("id").longValue();
        owner.post("/api/v1/vehicles/" + vehicle + "/collaborators", "{\"user\":\"" + viewer.username() + "\",\"role\":\"VIEWER\"}");
        viewer.post("/api/v1/invitations/" + vehicle + "/accept", "");

        assertEquals(200, viewer.getBytes(base + "/" + id + "/content").statusCode());
        assertEquals(403, viewer.postMultipart(base, Map.of(), "b.pdf", PDF).status());
        assertEquals(403, viewer.delete(base + "/" + id).status());
        long image = owner.postMultipart(base, Map.of(), "side.png", PNG).json().getJsonNumber("id").longValue();
        assertEquals(403, viewer.post(base + "/" + image + "/photo", "").status(), "the photo is a manager's choice");
        assertEquals(404, stranger.get(base).status());
        assertEquals(404, stranger.getBytes(base + "/" + id + "/content").statusCode());
        assertEquals(404, stranger.postMultipart(base, Map.of(), "b.pdf", PDF).status());
        // Another vehicle's id with this document's id: not found, not served.
        long strangersVehicle = vehicle(stranger);
        assertEquals(404, stranger.getBytes("/api/v1/vehicles/" + strangersVehicle + "/documents/" + id + "/content")
                .statusCode());
    }

    @Test
    void attachmentsFollowAMovedRecord() {
        Api owner = Api.newUser(server, "docmove");
        long car = vehicle(owner);
        long van = vehicle(owner);
        String carDocs = "/api/v1/vehicles/" + car + "/documents";
        String vanDocs = "/api/v1/vehicles/" + van + "/documents";
        long service = id(owner.post("/api/v1/vehicles/" + car + "/service", RecordTypesApiIT.VALID.get("service")));
        long receipt = id(owner.postMultipart(carDocs, Map.of("recordId", Long.toString(service)), "receipt.pdf", PDF));
        long old = id(owner.postMultipart(carDocs, Map.of("recordId", Long.toString(service)), "old.pdf", PDF));
        assertEquals(204, owner.delete(carDocs + "/" + old).status());
        long manual = id(owner.postMultipart(carDocs, Map.of(), "manual.pdf", PDF));

        assertEquals(200, owner.post("/api/v1/vehicles/" + car + "/records/bulk",
                "{\"action\":\"MOVE\",\"ids\":[" + service + "],\"targetVehicleId\":" + van + "}").status());

        assertEquals(List.of(manual), ids(owner, carDocs), "the vehicle's own document stays");
        assertEquals(404, owner.get(carDocs + "/" + receipt).status());
        assertEquals(404, owner.getBytes(carDocs + "/" + receipt + "/content").statusCode());
        assertEquals(List.of(receipt), ids(owner, vanDocs));
        assertEquals(List.of(receipt), ids(owner, vanDocs + "?recordId=" + service));
        assertEquals(200, owner.getBytes(vanDocs + "/" + receipt + "/content").statusCode());

        // One trashed before the move went along too: it comes back where its record is.
        assertEquals(204, owner.post("/api/v1/trash/documents/" + old + "/restore", "").status());
        assertEquals(Set.of(receipt, old), Set.copyOf(ids(owner, vanDocs)));
        assertEquals(List.of(manual), ids(owner, carDocs));
    }

    @Test
    void aTrashedRecordHidesItsAttachments() throws Exception {
        Api owner = Api.newUser(server, "docrectrash");
        long vehicle = vehicle(owner);
        String base = "/api/v1/vehicles/" + vehicle + "/documents";
        String record = "/api/v1/vehicles/" + vehicle + "/service/";
        long service = id(owner.post("/api/v1/vehicles/" + vehicle + "/service", RecordTypesApiIT.VALID.get("service")));
        long receipt = id(owner.postMultipart(base, Map.of("recordId", Long.toString(service)), "receipt.pdf", PDF));
        long manual = id(owner.postMultipart(base, Map.of(), "manual.pdf", PDF));

        assertEquals(204, owner.delete(record + service).status());
        assertEquals(List.of(manual), ids(owner, base));
        assertEquals(List.of(), ids(owner, base + "?recordId=" + service));
        assertEquals(404, owner.get(base + "/" + receipt).status());
        assertEquals(404, owner.getBytes(base + "/" + receipt + "/content").statusCode());
        assertEquals(Set.of("manual.pdf"), zipNames(owner, base));

        assertEquals(204, owner.post("/api/v1/trash/records/" + service + "/restore", "").status());
        assertEquals(Set.of(receipt, manual), Set.copyOf(ids(owner, base)), "back with its record");
        assertEquals(200, owner.getBytes(base + "/" + receipt + "/content").statusCode());
        assertEquals(Set.of("manual.pdf", "receipt.pdf"), zipNames(owner, base));
    }

    @Test
    void onlyAManagerRemovesThePhotoAndARestoreDoesNotMakeItThePhoto() {
        Api owner = Api.newUser(server, "docphoto");
        Api editor = Api.newUser(server, "docphoto-ed");
        Api manager = Api.newUser(server, "docphoto-mg");
        long vehicle = vehicle(owner);
        share(owner, vehicle, editor, "EDITOR");
        share(owner, vehicle, manager, "MANAGER");
        String base = "/api/v1/vehicles/" + vehicle + "/documents";
        long photo = id(owner.postMultipart(base, Map.of("photo", "true"), "front.png", PNG));
        long plain = id(owner.postMultipart(base, Map.of(), "manual.pdf", PDF));

        Api.Reply refused = editor.delete(base + "/" + photo);
        assertEquals(403, refused.status(), "removing the photo is a manager's choice, like setting it");
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(true, owner.get(base + "/" + photo).json().getBoolean("vehiclePhoto"));
        assertEquals(204, editor.delete(base + "/" + plain).status(), "other documents are the editor's to delete");

        assertEquals(204, manager.delete(base + "/" + photo).status());
        assertEquals(204, editor.post("/api/v1/trash/documents/" + photo + "/restore", "").status());
        assertEquals(false, owner.get(base + "/" + photo).json().getBoolean("vehiclePhoto"),
                "a restore brings the image back, not the photo");
        assertEquals(200, manager.post(base + "/" + photo + "/photo", "").status(), "a manager picks it again");

        // The photo belongs to the vehicle: never a record's attachment.
        long service = id(owner.post("/api/v1/vehicles/" + vehicle + "/service", RecordTypesApiIT.VALID.get("service")));
        Api.Reply attached = owner.postMultipart(base, Map.of("photo", "true", "recordId", Long.toString(service)), "x.png", PNG);
        assertEquals(400, attached.status(), attached.body());
        assertEquals("recordId", attached.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        long attachment = id(owner.postMultipart(base, Map.of("recordId", Long.toString(service)), "dent.png", PNG));
        assertEquals(400, owner.post(base + "/" + attachment + "/photo", "").status());
        assertEquals(true, owner.get(base + "/" + photo).json().getBoolean("vehiclePhoto"), "the photo stays");
    }
}
