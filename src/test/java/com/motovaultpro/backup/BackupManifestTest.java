package com.motovaultpro.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupManifestTest {

    private static final String SHA = "ab".repeat(32);

    static BackupManifest sample() {
        return new BackupManifest(Instant.parse("2026-11-22T01:30:00.123456Z"), "14",
                List.of(new BackupManifest.Table("vehicle", List.of("id", "owner_id", "make"), 3, SHA),
                        new BackupManifest.Table("flyway_schema_history", List.of("installed_rank"), 14, SHA)),
                List.of(new BackupManifest.Sequence("vehicle_id_seq", 42, true),
                        new BackupManifest.Sequence("unused_seq", 1, false)),
                List.of(new BackupManifest.Document("vehicles/7/0b7e-11aa", 1234, SHA, "application/pdf",
                        "Rechnung März\t2026 ~ 100%.pdf", "anna"),
                        new BackupManifest.Document("vehicles/7/0b7e-22bb", 0, SHA, "image/png", "-", null)));
    }

    @Test
    void whatIsWrittenIsReadBackEqual() {
        BackupManifest manifest = sample();
        assertEquals(manifest, BackupManifest.parse(manifest.format()));
        assertEquals(17, manifest.rows());
        assertEquals(1234, manifest.documentBytes());
    }

    @Test
    void oneFactPerLineReadableByPeople() {
        String text = sample().format();
        assertTrue(text.startsWith("motovault-backup\t1\ncreated\t2026-11-22T01:30:00.123456Z\nschema\t14\n"), text);
        assertTrue(text.contains("\ntable\tvehicle\t3\t" + SHA + "\tid,owner_id,make\n"), text);
        assertTrue(text.contains("\nsequence\tunused_seq\t1\tfalse\n"), text);
        assertEquals(9, text.split("\n").length, "nothing a name contains can break a line: " + text);
    }

    @Test
    void filesLiveUnderTheirFolders() {
        assertEquals("database/vehicle.copy.gz", sample().tables().get(0).file());
        assertEquals("documents/vehicles/7/0b7e-11aa", sample().documents().get(0).file());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a manifest at all                                       | not a MotoVaultPro backup manifest
            motovault-backup\t1\\nschema\t14                              | manifest incomplete
            motovault-backup\t1\\ncreated\tyesterday                      | line 2
            motovault-backup\t1\\nwhatever\tx                             | line 2: unknown entry 'whatever'
            motovault-backup\t1\\ntable\tvehicle\t3\tabc\tid              | line 2: not a SHA-256
            motovault-backup\t1\\ntable\tVehicle; DROP\t3\tSHA\tid        | line 2: not a plain identifier
            motovault-backup\t1\\ntable\tvehicle\tmany\tSHA\tid           | line 2
            motovault-backup\t1\\ntable\tvehicle\t3\tSHA                  | line 2: 'table' needs 5 fields
            motovault-backup\t1\\nsequence\ts\t1\tmaybe                   | line 2: expected true or false
            motovault-backup\t1\\ndocument\t../../etc/passwd\t1\tSHA\t~\t~\t~ | line 2: unusable document key
            motovault-backup\t1\\ndocument\t/abs\t1\tSHA\t~\t~\t~          | line 2: unusable document key
            """)
    void anythingUnexpectedIsRefusedNamingTheLine(String text, String message) {
        String manifest = text.replace("\\n", "\n").replace("\\t", "\t").replace("SHA", SHA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BackupManifest.parse(manifest));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
