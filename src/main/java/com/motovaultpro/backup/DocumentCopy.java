package com.motovaultpro.backup;

import com.motovaultpro.document.storage.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documents part: every document the snapshot lists, copied between document storage and the
 * backup with its SHA-256 checked against the database's on the way — a document whose bytes are
 * missing or differ is named, never silently skipped. The backup side is a mirror: documents
 * never change under their key, so one already in the backup's {@code documents/} area (written
 * only after its checksum matched) is not copied again.
 */
final class DocumentCopy {

    private DocumentCopy() {
    }

    /**
     * What a mirror run did: copied now, already in the backup, the documents not copied, and
     * the problems among them (a document purged since the snapshot is not a problem).
     */
    record Mirrored(int copied, int alreadyThere, Set<String> notCopied, List<String> problems) {
    }

    /** @param stillListed whether a document's row still exists now (asked only when its bytes are missing) */
    static Mirrored toBackup(List<BackupManifest.Document> documents, DocumentStorage storage, BackupTarget target,
                             Path work, Predicate<String> stillListed) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> notCopied = new HashSet<>();
        int copied = 0;
        int already = 0;
        Path file = work.resolve("document.part");
        for (BackupManifest.Document document : documents) {
            if (target.exists(document.file())) {
                already++;
                continue;
            }
            String sha256;
            try (InputStream in = storage.open(document.key())) {
                sha256 = Checksums.copy(in, file);
            } catch (DocumentStorage.MissingObjectException e) {
                notCopied.add(document.key());
                if (stillListed.test(document.key())) {
                    problems.add(document.key() + ": missing from the document storage");
                }
                continue;
            }
            if (!sha256.equals(document.sha256())) {
                notCopied.add(document.key());
                problems.add(document.key() + ": stored bytes have checksum " + sha256 + ", the database says "
                        + document.sha256());
                continue;
            }
            target.write(document.file(), file);
            copied++;
        }
        Files.deleteIfExists(file);
        return new Mirrored(copied, already, notCopied, problems);
    }

    static void toStorage(List<BackupManifest.Document> documents, BackupTarget target, DocumentStorage storage)
            throws IOException {
        for (BackupManifest.Document document : documents) {
            DocumentStorage.StoredObject stored;
            try (InputStream in = target.open(document.file())) {
                stored = storage.put(document.key(), in, Long.MAX_VALUE, document.contentType(),
                        new DocumentStorage.ObjectMetadata(document.originalName(),
                                document.uploader() == null ? "restore" : document.uploader()));
            }
            if (!stored.sha256().equals(document.sha256())) {
                storage.delete(document.key());
                throw new RestoreException(document.file() + " is damaged: its checksum is "
                        + stored.sha256() + ", the manifest says " + document.sha256());
            }
        }
    }

    /** Lets go of the storage's connections (an S3 client); a directory holds none. */
    static void close(DocumentStorage storage) {
        if (storage instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing it holds outlives the command's process
            }
        }
    }
}
