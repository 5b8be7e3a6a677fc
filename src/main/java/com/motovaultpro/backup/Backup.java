package com.motovaultpro.backup;

import com.motovaultpro.document.storage.DocumentStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        DocumentStorage storage = null;
        try (BackupTarget target = settings.openTarget();
             Connection c = connect(settings.database())) {
            storage = DocumentStorage.of(settings.documents());
            DatabaseDump.Snapshot snapshot = DatabaseDump.take(c, target, work);
            String folder = snapshot.folder();
            c.setAutoCommit(true);
            DocumentCopy.Mirrored mirrored = DocumentCopy.toBackup(snapshot.documents(), storage, target, work,
                    key -> stillListed(c, key));
            Set<String> notCopied = mirrored.notCopied();
            BackupManifest manifest = new BackupManifest(snapshot.created(), snapshot.schemaVersion(),
                    snapshot.tables(), snapshot.sequences(),
                    snapshot.documents().stream().filter(d -> !notCopied.contains(d.key())).toList());
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
            deleteQuietly(work);
        }
    }

    static Connection connect(BackupSettings.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** Whether the document's row still exists now (a purge from the trash may have removed it since the snapshot). */
    private static boolean stillListed(Connection c, String key) {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM document WHERE storage_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            return true;
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
     * of every kept backup) and leftovers of cut-off copies. Only files older than
     * {@link BackupStamp#IN_PROGRESS} go: a backup still running has put its documents in the
     * mirror before its manifest lists them.
     */
    static int pruneDocuments(BackupTarget target, Instant now) throws IOException {
        List<String> complete = list(target);
        if (complete.isEmpty()) {
            return 0;
        }
        Set<String> listed = new java.util.HashSet<>();
        for (String folder : complete) {
            manifest(target, folder).documents().forEach(d -> listed.add(d.key()));
        }
        Instant settled = now.minus(BackupStamp.IN_PROGRESS);
        int deleted = 0;
        for (BackupTarget.StoredFile file : target.files(BackupManifest.DOCUMENTS)) {
            if (!listed.contains(file.path()) && file.modified().isBefore(settled)) {
                target.deleteFile(BackupManifest.DOCUMENTS + "/" + file.path());
                deleted++;
            }
        }
        return deleted;
    }

    /** A backup's manifest, read from the target. */
    static BackupManifest manifest(BackupTarget target, String folder) throws IOException {
        try (java.io.InputStream in = target.open(folder + "/" + BackupManifest.FILE)) {
            return BackupManifest.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
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

    /** Removes the command's scratch directory; a failure to do so must not hide how the command ended. */
    static void deleteQuietly(Path dir) {
        try {
            new DirectoryTarget(dir.getParent()).delete(dir.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not remove the scratch directory " + dir + ": " + e.getMessage());
        }
    }
}
