package com.motovaultpro.document.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemStorageTest {

    private static final DocumentStorage.ObjectMetadata META = new DocumentStorage.ObjectMetadata("a.pdf", "ada");

    @TempDir
    Path root;

    @Test
    void storesReadsAndDeletesWithSizeAndChecksum() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(root);
        byte[] bytes = "%PDF-1.7 hello".getBytes();

        DocumentStorage.StoredObject stored = storage.put("vehicles/1/abc", new ByteArrayInputStream(bytes), 100,
                "application/pdf", META);

        assertEquals(bytes.length, stored.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), stored.sha256());
        try (InputStream in = storage.open("vehicles/1/abc")) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        storage.delete("vehicles/1/abc");
        storage.delete("vehicles/1/abc");
        assertThrows(DocumentStorage.MissingObjectException.class, () -> storage.open("vehicles/1/abc"));
    }

    @Test
    void tooLargeLeavesNothingBehind() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(root);
        assertThrows(DocumentStorage.TooLargeException.class, () -> storage.put("vehicles/1/big",
                new ByteArrayInputStream(new byte[101]), 100, "text/plain", META));
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "no object, no temporary file");
        }
    }

    @Test
    void keysThatAreNotOursNeverReachTheDisk() {
        FileSystemStorage storage = new FileSystemStorage(root);
        for (String key : List.of("../x", "vehicles/../../etc/passwd", "/abs", "UPPER", "a//b", "a b", "")) {
            assertThrows(IllegalArgumentException.class, () -> storage.resolve(key), key);
        }
    }
}
