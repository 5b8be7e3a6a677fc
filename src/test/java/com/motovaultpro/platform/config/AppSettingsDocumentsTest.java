package com.motovaultpro.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Document storage configuration: a directory by default, S3 by configuration alone. */
class AppSettingsDocumentsTest {

    private static AppSettings parse(String... pairs) {
        return MotovaultKeys.parse(pairs);
    }

    @Test
    void aDirectoryUnderTheDataDirectoryBy50MbByDefault() {
        DocumentSettings documents = parse().documents();
        assertEquals(DocumentSettings.StorageKind.FILESYSTEM, documents.storage());
        assertEquals(Path.of("/home/test/.motovaultpro/documents"), documents.directory());
        assertEquals(50L * 1024 * 1024, documents.maxBytes());
        assertTrue(documents.s3().isEmpty());
    }

    @Test
    void s3WithEndpointAndCredentials() {
        DocumentSettings documents = parse("documents.storage", "s3", "s3.endpoint", "http://minio.data:9000",
                "s3.access.key", "mv", "s3.secret.key", "s3cr3t", "documents.max.bytes", "1048576").documents();
        DocumentSettings.S3 s3 = documents.s3().orElseThrow();
        assertEquals(URI.create("http://minio.data:9000"), s3.endpoint());
        assertEquals("motovault-documents", s3.bucket());
        assertEquals("us-east-1", s3.region());
        assertEquals(1048576, documents.maxBytes());
        assertFalse(s3.toString().contains("s3cr3t"), "the secret stays out of logs");
    }

    @ParameterizedTest(name = "{0} → problem on {1}")
    @CsvSource(delimiter = '|', value = {
            "documents.storage=s3                                                        | motovault.s3.endpoint",
            "documents.storage=s3;s3.endpoint=http://m:9000                              | motovault.s3.access.key",
            "documents.storage=s3;s3.endpoint=http://m:9000;s3.access.key=a              | motovault.s3.secret.key",
            "documents.storage=s3;s3.endpoint=m:9000;s3.access.key=a;s3.secret.key=b     | motovault.s3.endpoint",
            "documents.storage=s3;s3.endpoint=http://m:9000;s3.access.key=a;s3.secret.key=b;s3.bucket=Bad_Name | motovault.s3.bucket",
            "documents.storage=ftp                                                       | motovault.documents.storage",
            "documents.max.bytes=lots                                                    | motovault.documents.max.bytes",
            "documents.max.bytes=10                                                      | motovault.documents.max.bytes",
    })
    void problemsNameTheirKey(String settings, String key) {
        ConfigurationException problem = assertThrows(ConfigurationException.class, () -> MotovaultKeys.parseList(settings));
        assertTrue(problem.getMessage().contains(key), problem.getMessage());
    }
}
