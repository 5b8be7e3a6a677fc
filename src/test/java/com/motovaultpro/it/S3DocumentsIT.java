package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server switched to S3 document storage by configuration alone (against S3Proxy): documents go
 * to the bucket; when the S3 server goes away uploads fail clearly with nothing left behind, lists
 * still answer, readiness says storage is DOWN and why — and all recovers by itself. Documents of
 * the time before S3 are moved by the migration, verified, as often as it is run.
 */
@ExtendWith(RunningServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3DocumentsIT {

    private static final String BUCKET = "motovault-it";

    private final LibertyServer server;
    private final S3ProxyServer s3 = new S3ProxyServer("documents-it");

    S3DocumentsIT(LibertyServer server) {
        this.server = server;
    }

    private Api earlyUser;
    private String earlyBase;

    @BeforeAll
    void switchToS3() throws Exception {
        s3.start();
        // Documents stored while the server still used its directory, for the migration to move.
        earlyUser = Api.newUser(server, "s3early");
        long vehicle = earlyUser.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        earlyBase = "/api/v1/vehicles/" + vehicle + "/documents";
        earlyUser.postMultipart(earlyBase, Map.of(), "receipt.pdf", DocumentApiIT.PDF);
        long trashed = earlyUser.postMultipart(earlyBase, Map.of(), "front.png", DocumentApiIT.PNG).json()
                .getJsonNumber("id").longValue();
        earlyUser.delete(earlyBase + "/" + trashed);
        server.restart(Map.of("MOTOVAULT_DOCUMENTS_STORAGE", "s3", "MOTOVAULT_S3_ENDPOINT", s3.endpoint(),
                "MOTOVAULT_S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY, "MOTOVAULT_S3_SECRET_KEY", S3ProxyServer.SECRET_KEY,
                "MOTOVAULT_S3_BUCKET", BUCKET));
    }

    @AfterAll
    void backToTheDefaults() throws Exception {
        try {
            server.restart(Map.of());
        } finally {
            s3.stop();
        }
    }

    @Test
    @Order(1)
    void theMigrationCopiesEveryDocumentVerifiedAndCanRunAgain() throws Exception {
        long before = objects();
        long id = earlyUser.get(earlyBase).jsonValue().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(503, earlyUser.getBytes(earlyBase + "/" + id + "/content").statusCode(), "not in the bucket yet");

        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        assertEquals(403, earlyUser.post("/api/v1/admin/documents/migrate-to-s3", "").status(), "administrators only");
        JsonObject first = admin.post("/api/v1/admin/documents/migrate-to-s3", "").json();
        assertEquals(0, first.getInt("failed"), first.toString());
        assertTrue(first.getInt("copied") >= 2, "both documents, the trashed one too: " + first);
        assertEquals(before + first.getInt("copied"), objects());
        assertArrayEquals(DocumentApiIT.PDF, earlyUser.getBytes(earlyBase + "/" + id + "/content").body());

        JsonObject again = admin.post("/api/v1/admin/documents/migrate-to-s3", "").json();
        assertEquals(0, again.getInt("copied"), "idempotent: " + again);
        assertEquals(first.getInt("copied") + first.getInt("alreadyThere"), again.getInt("alreadyThere"));
        assertEquals(0, again.getInt("failed"));
    }

    @Test
    @Order(2)
    void documentsLiveInTheBucketAndAnOutageIsClearAndHealsItself() throws Exception {
        long before = objects();
        Api owner = Api.newUser(server, "s3docs");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + vehicle + "/documents";
        Api anonymous = Api.anonymous(server);
        assertEquals("s3", check(anonymous.get("/health/ready").json(), "documents").getJsonObject("data").getString("storage"));

        long id = owner.postMultipart(base, Map.of(), "receipt.pdf", DocumentApiIT.PDF).json().getJsonNumber("id").longValue();
        assertArrayEquals(DocumentApiIT.PDF, owner.getBytes(base + "/" + id + "/content").body());
        assertEquals(before + 1, objects(), "one object more in the bucket, under our key");

        String tab = "/vehicles/view.xhtml?id=" + vehicle + "&tab=documents";
        assertFalse(PageSession.signedIn(server, owner.username()).get(tab).body().contains("storageUnavailable"),
                "no notice while storage answers");
        s3.stop();
        try {
            Api.Reply refused = owner.postMultipart(base, Map.of(), "second.pdf", DocumentApiIT.PDF);
            assertEquals(503, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertTrue(refused.json().getString("detail").contains("unavailable"), refused.body());
            assertEquals(1, owner.get(base).jsonValue().asJsonArray().size(), "the list still answers, no orphan row");
            assertEquals(503, owner.getBytes(base + "/" + id + "/content").statusCode());
            HttpResponse<String> page = PageSession.signedIn(server, owner.username()).get(tab);
            assertEquals(200, page.statusCode(), "the page renders while storage is down");
            assertTrue(page.body().contains("id=\"documentsForm:storageUnavailable\""), "…and says the documents are unavailable");
            assertTrue(page.body().contains("receipt.pdf"), "…listing them all the same");

            // The replica serves all but document content: it stays ready, and says what is down.
            Api.Reply ready = anonymous.get("/health/ready");
            assertEquals(200, ready.status(), ready.body());
            JsonObject storage = check(ready.json(), "documents");
            assertEquals("UP", storage.getString("status"));
            assertEquals("DOWN", storage.getJsonObject("data").getString("state"), ready.body());
            assertTrue(storage.getJsonObject("data").getString("error").contains(BUCKET), ready.body());
            assertEquals("UP", check(ready.json(), "database").getString("status"));
        } finally {
            s3.start();
        }
        server.awaitReady(Duration.ofSeconds(30));
        assertEquals(201, owner.postMultipart(base, Map.of(), "third.pdf", DocumentApiIT.PDF).status(), "recovered by itself");
        assertEquals(2, owner.get(base).jsonValue().asJsonArray().size());
        assertEquals(before + 2, objects(), "nothing half-written from the outage");
    }

    /** The objects in the bucket; none before the server made it (at its first write, which may not have come yet). */
    private long objects() throws Exception {
        if (!Files.isDirectory(s3.bucketDir(BUCKET))) {
            return 0;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(s3.bucketDir(BUCKET))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
