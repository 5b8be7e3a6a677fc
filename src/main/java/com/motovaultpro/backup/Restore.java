package com.motovaultpro.backup;

import com.motovaultpro.document.storage.DocumentStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One restore into an empty system: documents first (put under their keys, checksums checked),
 * then the database (which must be empty; see {@link DatabaseRestore}). Run it again after a
 * failure: documents are simply written again, and a failed database load leaves it empty.
 */
public final class Restore {

    /** What a restore brought back. */
    public record Result(String folder, BackupManifest manifest, Duration took) {
    }

    private Restore() {
    }

    /** @param which a backup's name, or empty for the newest complete one */
    public static Result run(BackupSettings settings, Optional<String> which) throws SQLException, IOException {
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("motovault-restore-");
        DocumentStorage storage = null;
        try (BackupTarget target = settings.openTarget();
             Connection c = Backup.connect(settings.database())) {
            storage = DocumentStorage.of(settings.documents());
            String folder = choose(target, which);
            BackupManifest manifest = Backup.manifest(target, folder);
            DatabaseRestore.requireEmpty(c);
            DatabaseRestore.requireKnownSchema(settings.database(), manifest.schemaVersion());
            DocumentCopy.toStorage(manifest.documents(), target, storage);
            try {
                DatabaseRestore.migrate(settings.database(), manifest.schemaVersion());
                DatabaseRestore.load(c, manifest, target, folder, work);
            } catch (SQLException | IOException | RuntimeException e) {
                undo(settings.database(), e);
                throw e;
            }
            return new Result(folder, manifest, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            DocumentCopy.close(storage);
            Backup.deleteQuietly(work);
        }
    }

    /** Empties the database again on a connection of its own (the load's may be what broke). */
    private static void undo(BackupSettings.Database database, Exception failure) {
        try (Connection fresh = Backup.connect(database)) {
            DatabaseRestore.undoMigration(fresh);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static String choose(BackupTarget target, Optional<String> which) throws IOException {
        List<String> complete = Backup.list(target);
        if (which.isPresent()) {
            if (!complete.contains(which.get())) {
                throw new RestoreException("there is no complete backup named " + which.get() + " in "
                        + target.describe() + (complete.isEmpty() ? "" : "; there are: " + String.join(", ", complete)));
            }
            return which.get();
        }
        if (complete.isEmpty()) {
            throw new RestoreException("there is no complete backup in " + target.describe());
        }
        return complete.get(complete.size() - 1);
    }
}
