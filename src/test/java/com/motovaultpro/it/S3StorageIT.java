package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.document.storage.DocumentStorage;
import com.motovaultpro.document.storage.S3Storage;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The S3 document storage against a real S3 API server (S3Proxy), including the server going away. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3StorageIT {

    private static final DocumentStorage.ObjectMetadata META = new DocumentStorage.ObjectMetadata("Kassenbon März.pdf", "ada");

    private final S3ProxyServer s3 = new S3ProxyServer("storage-it");
    private S3Storage storage;

    @BeforeAll
    void start() throws Exception {
        s3.start();
        storage = new S3Storage(s3.endpoint(), "us-east-1", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, "storage-it");
    }

    @AfterAll
    void stop() throws Exception {
        storage.close();
        s3.stop();
    }

    @Test
    void aBucketIsMadeAndAnObjectKeepsItsBytesAndMetadata() throws Exception {
        byte[] bytes = new byte[12 * 1024 * 1024];
        new Random(7).nextBytes(bytes);

        DocumentStorage.StoredObject stored = storage.put("vehicles/1/big", new ByteArrayInputStream(bytes),
                20L * 1024 * 1024, "application/pdf", META);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(bytes.length, stored.size());
        assertEquals(sha256, stored.sha256());
        try (InputStream in = storage.open("vehicles/1/big")) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        StatObjectResponse stat = MinioClient.builder().endpoint(s3.endpoint())
                .credentials(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY).region("us-east-1").build()
                .statObject(StatObjectArgs.builder().bucket("storage-it").object("vehicles/1/big").build());
        assertEquals("application/pdf", stat.contentType());
        assertEquals(sha256, stat.userMetadata().get("sha256"));
        assertEquals(Integer.toString(bytes.length), stat.userMetadata().get("size"));
        assertEquals("Kassenbon+M%C3%A4rz.pdf", stat.userMetadata().get("original-name"));
        assertEquals("ada", stat.userMetadata().get("uploader"));

        storage.delete("vehicles/1/big");
        storage.delete("vehicles/1/big");
        assertThrows(DocumentStorage.MissingObjectException.class, () -> storage.open("vehicles/1/big"));
    }

    @Test
    void tooLargeNeverReachesTheBucket() throws Exception {
        storage.ping();
        assertThrows(DocumentStorage.TooLargeException.class, () -> storage.put("vehicles/2/too-big",
                new ByteArrayInputStream(new byte[2048]), 1024, "text/plain", META));
        try (Stream<java.nio.file.Path> files = Files.walk(s3.bucketDir("storage-it"))) {
            assertFalse(files.anyMatch(p -> p.toString().contains("too-big")), "no object, not even a part");
        }
    }

    @Test
    void whenTheServerIsGoneCallsFailFastAndWorkAgainOnceItIsBack() throws Exception {
        storage.put("vehicles/3/kept", new ByteArrayInputStream("%PDF-1.4".getBytes()), 1024, "application/pdf", META);
        s3.stop();
        try {
            long start = System.nanoTime();
            assertThrows(DocumentStorage.StorageUnavailableException.class, storage::ping);
            assertThrows(DocumentStorage.StorageUnavailableException.class, () -> storage.put("vehicles/3/lost",
                    new ByteArrayInputStream("%PDF-1.4".getBytes()), 1024, "application/pdf", META));
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused connections fail at once");
        } finally {
            s3.start();
        }
        storage.ping();
        try (InputStream in = storage.open("vehicles/3/kept")) {
            assertEquals("%PDF-1.4", new String(in.readAllBytes()), "what was stored before is still there");
        }
    }
}
