package com.motovaultpro.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BackupCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> config, String... args) {
        return BackupCommand.run(args, key -> Optional.ofNullable(config.get(key)), home,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | unknown action ''
            dump                        | unknown action 'dump'
            backup --from /x            | cannot use [--from]
            restore --to /x             | cannot use [--to]
            restore --backup            | cannot use [--backup]
            list --from /x --backup b   | cannot use [--backup]
            """)
    void wrongUsageExplainsItselfWithStatus2(String args, String message) {
        assertEquals(2, run(Map.of(), args.isEmpty() ? new String[0] : args.split(" ")));
        assertTrue(err().contains(message) && err().contains("usage:"), err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            motovault.backup.keep=0                                        | motovault.backup.keep
            motovault.backup.target=s3://Bad_Bucket                          | not a valid bucket name
            motovault.backup.target=s3://backups                            | motovault.backup.s3.endpoint
            motovault.db.url=jdbc:postgresql://db/mv                        | motovault.db.user
            motovault.backup.s3.endpoint=http://offsite:9000                | motovault.backup.s3.access.key
            """)
    void badConfigurationNamesTheKeyWithStatus2(String setting, String message) {
        String[] kv = setting.split("=", 2);
        Map<String, String> config = new java.util.HashMap<>(Map.of(kv[0], kv[1]));
        if (kv[0].startsWith("motovault.backup.s3")) {
            config.put("motovault.backup.target", "s3://backups");
            // Documents in S3 too: still the backup's own keys are all required once one is set.
            config.putAll(Map.of("motovault.documents.storage", "s3", "motovault.s3.endpoint", "http://minio:9000",
                    "motovault.s3.access.key", "a", "motovault.s3.secret.key", "s"));
        }
        assertEquals(2, run(config, "backup"));
        assertTrue(err().contains(message), err());
    }

    @Test
    void listingAnEmptyDirectoryFindsNothing() throws Exception {
        Path backups = Files.createDirectories(home.resolve("b"));
        assertEquals(0, run(Map.of(), "list", "--from", backups.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 complete backup(s) in " + backups), out.toString());
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLineAndStatus1() {
        // Nothing answers on this port: the command fails with one line, not a stack trace.
        int status = run(Map.of("motovault.db.embedded.port", "1029"), "restore", "--from", home.toString());
        assertEquals(1, status);
        assertTrue(err().startsWith("restore failed: "), err());
    }
}
