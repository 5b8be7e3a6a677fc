package com.motovaultpro.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTargetTest {

    @TempDir
    Path dir;

    @Test
    void writesReadsListsAndDeletesBackupsLeavingNoPartialFiles() throws Exception {
        DirectoryTarget target = new DirectoryTarget(dir.resolve("backups"));
        assertEquals(List.of(), target.folders(), "a target that does not exist yet holds no backups");
        Path file = Files.writeString(dir.resolve("f"), "rows");
        target.write("20260101T000000Z/database/vehicle.copy.gz", file);
        target.write("20260102T000000Z/manifest.tsv", file);
        assertEquals(List.of("20260101T000000Z", "20260102T000000Z"), target.folders());
        assertTrue(target.exists("20260102T000000Z/manifest.tsv"));
        assertFalse(target.exists("20260101T000000Z/manifest.tsv"));
        try (InputStream in = target.open("20260101T000000Z/database/vehicle.copy.gz")) {
            assertEquals("rows", new String(in.readAllBytes()));
        }
        try (Stream<Path> all = Files.walk(dir.resolve("backups"))) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith(".partial-")));
        }
        target.delete("20260101T000000Z");
        assertEquals(List.of("20260102T000000Z"), target.folders());
    }

    @Test
    void pathsCannotLeaveTheDirectory() {
        DirectoryTarget target = new DirectoryTarget(dir);
        assertThrows(IllegalArgumentException.class, () -> target.open("../outside"));
        assertThrows(IllegalArgumentException.class, () -> target.delete(".."));
        assertThrows(IllegalArgumentException.class, () -> target.delete(""));
    }

    @Test
    void pruningKeepsTheNewestCompleteBackups() throws Exception {
        DirectoryTarget target = new DirectoryTarget(dir);
        Path file = Files.writeString(dir.resolve("f"), "x");
        for (String name : List.of("20260101T000000Z", "20260102T000000Z", "20260103T000000Z")) {
            target.write(name + "/manifest.tsv", file);
        }
        target.write("20260101T120000Z/database/cut-off.copy.gz", file);
        target.write("20260104T000000Z/database/in-progress.copy.gz", file);
        assertEquals(List.of("20260101T000000Z", "20260101T120000Z"), Backup.prune(target, 2, java.time.Instant.parse("2026-06-01T00:00:00Z")));
        assertEquals(List.of("20260102T000000Z", "20260103T000000Z", "20260104T000000Z"), target.folders());
        assertEquals(List.of("20260102T000000Z", "20260103T000000Z"), Backup.list(target));
    }

    @Test
    void mirroredDocumentsGoWhenNoKeptBackupListsThemButOnlyOnceNoRunningBackupCanNeedThem() throws Exception {
        DirectoryTarget target = new DirectoryTarget(dir);
        Path file = Files.writeString(dir.resolve("f"), "x");
        BackupManifest sample = BackupManifestTest.sample();
        BackupManifest onlyFirst = new BackupManifest(sample.created(), sample.schemaVersion(), sample.tables(),
                sample.sequences(), sample.documents().subList(0, 1));
        target.write("20260102T000000Z/manifest.tsv", Files.writeString(dir.resolve("m"), onlyFirst.format()));
        for (BackupManifest.Document d : sample.documents()) {
            target.write(d.file(), file);
        }
        target.write("documents/vehicles/7/.partial-123.tmp", file);
        java.time.Instant written = Files.getLastModifiedTime(dir.resolve("documents/vehicles/7/0b7e-22bb")).toInstant();

        assertEquals(0, Backup.pruneDocuments(target, written.plus(java.time.Duration.ofHours(5))),
                "written 5 hours ago: a backup still running may list it in its manifest yet");
        assertEquals(3, target.files("documents").size());

        assertEquals(2, Backup.pruneDocuments(target, written.plus(java.time.Duration.ofHours(7))),
                "7 hours on: the unlisted document and a cut-off copy's leftover go");
        assertEquals(List.of("vehicles/7/0b7e-11aa"),
                target.files("documents").stream().map(BackupTarget.StoredFile::path).toList());
    }
}
