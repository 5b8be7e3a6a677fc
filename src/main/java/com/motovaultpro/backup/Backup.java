package com.motovaultpro.backup;

import com.motovaultpro.document.storage.DocumentStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One backup: the database snapshot, then the documents that snapshot lists, then the manifest
 * (which makes the backup complete), then the retention rule. Safe while the application runs.
 */
public final class Backup {

    /** What a backup wrote. */
    public record Result(String folder, BackupManifest manifest, int documentsCopied, List<String> problems,
                         List<String> deleted, int documentsDeleted, Duration took) {
    }

    private Backup() {
    }

    public static Result run(BackupSettings settings) throws SQLException, IOException {
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("motovault-backup-");
        DocumentStorage storage = DocumentStorage.of(settings.documents());
        try (BackupTarget target = settings.openTarget();
             Connection c = DriverManager.getConnection(settings.database().url(), settings.database().user(),
                     settings.database().password())) {
            DatabaseDump.Snapshot snapshot = DatabaseDump.take(c, target, work);
            String folder = snapshot.folder();
            DocumentCopy.Mirrored mirrored = DocumentCopy.toBackup(snapshot.documents(), storage, target, work);
            Set<String> unusable = mirrored.problems().stream().map(line -> line.substring(0, line.indexOf(':')))
                    .collect(Collectors.toSet());
            BackupManifest manifest = new BackupManifest(snapshot.created(), snapshot.schemaVersion(),
                    snapshot.tables(), snapshot.sequences(),
                    snapshot.documents().stream().filter(d -> !unusable.contains(d.key())).toList());
            Path manifestFile = work.resolve(BackupManifest.FILE);
            Files.writeString(manifestFile, manifest.format());
            target.write(folder + "/" + BackupManifest.FILE, manifestFile);
            Instant now = Instant.now();
            List<String> deleted = prune(target, settings.keep(), now);
            int documentsDeleted = pruneDocuments(target, now);
            return new Result(folder, manifest, mirrored.copied(), mirrored.problems(), deleted, documentsDeleted,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            DocumentCopy.close(storage);
            deleteTree(work);
        }
    }

    /** Applies {@link BackupStamp#expired} to the target. */
    static List<String> prune(BackupTarget target, int keep, Instant now) throws IOException {
        List<String> complete = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (String folder : target.folders()) {
            if (BackupStamp.isStamp(folder)) {
                (target.exists(folder + "/" + BackupManifest.FILE) ? complete : incomplete).add(folder);
            }
        }
        List<String> expired = BackupStamp.expired(complete, incomplete, keep, now);
        for (String folder : expired) {
            target.delete(folder);
        }
        return expired;
    }

    /**
     * Removes mirrored documents no kept backup lists any more (deleted long ago, and now also out
     * of every backup). Skipped while another backup may be running (an incomplete one younger
     * than {@link BackupStamp#IN_PROGRESS}): its documents are in the mirror before its manifest is.
     */
    static int pruneDocuments(BackupTarget target, Instant now) throws IOException {
        List<String> complete = list(target);
        boolean running = target.folders().stream().filter(BackupStamp::isStamp)
                .anyMatch(folder -> !complete.contains(folder) && BackupStamp.mayBeInProgress(folder, now));
        if (complete.isEmpty() || running) {
            return 0;
        }
        Set<String> listed = new java.util.HashSet<>();
        for (String folder : complete) {
            try (java.io.InputStream in = target.open(folder + "/" + BackupManifest.FILE)) {
                BackupManifest.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .documents().forEach(d -> listed.add(d.key()));
            }
        }
        int deleted = 0;
        for (String key : target.files(BackupManifest.DOCUMENTS)) {
            if (!listed.contains(key)) {
                target.deleteFile(BackupManifest.DOCUMENTS + "/" + key);
                deleted++;
            }
        }
        return deleted;
    }

    /** The complete backups in a target, oldest first. */
    public static List<String> list(BackupTarget target) throws IOException {
        List<String> complete = new ArrayList<>();
        for (String folder : target.folders()) {
            if (BackupStamp.isStamp(folder) && target.exists(folder + "/" + BackupManifest.FILE)) {
                complete.add(folder);
            }
        }
        return complete;
    }

    static void deleteTree(Path dir) throws IOException {
        new DirectoryTarget(dir.getParent()).delete(dir.getFileName().toString());
    }
}
