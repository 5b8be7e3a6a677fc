package com.motovaultpro.backup;

import com.motovaultpro.document.storage.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents part: every document the snapshot lists, copied between document storage and the
 * backup with its SHA-256 checked against the database's on the way — a document whose bytes are
 * missing or differ is named, never silently skipped.
 */
final class DocumentCopy {

    private DocumentCopy() {
    }

    /** What could not be copied, one line per document. */
    record Problems(List<String> lines) {
        boolean none() {
            return lines.isEmpty();
        }
    }

    static Problems toBackup(List<BackupManifest.Document> documents, DocumentStorage storage, BackupTarget target,
                             String folder, Path work) throws IOException {
        List<String> problems = new ArrayList<>();
        Path file = work.resolve("document.part");
        for (BackupManifest.Document document : documents) {
            String sha256;
            try (InputStream in = storage.open(document.key())) {
                sha256 = Checksums.copy(in, file);
            } catch (DocumentStorage.MissingObjectException e) {
                problems.add(document.key() + ": missing from the document storage");
                continue;
            }
            if (!sha256.equals(document.sha256())) {
                problems.add(document.key() + ": stored bytes have checksum " + sha256 + ", the database says "
                        + document.sha256());
                continue;
            }
            target.write(folder + "/" + document.file(), file);
        }
        Files.deleteIfExists(file);
        return new Problems(problems);
    }

    static void toStorage(List<BackupManifest.Document> documents, BackupTarget target, String folder,
                          DocumentStorage storage) throws IOException {
        for (BackupManifest.Document document : documents) {
            DocumentStorage.StoredObject stored;
            try (InputStream in = target.open(folder + "/" + document.file())) {
                stored = storage.put(document.key(), in, Long.MAX_VALUE, document.contentType(),
                        new DocumentStorage.ObjectMetadata(document.originalName(),
                                document.uploader() == null ? "restore" : document.uploader()));
            }
            if (!stored.sha256().equals(document.sha256())) {
                storage.delete(document.key());
                throw new RestoreException(folder + "/" + document.file() + " is damaged: its checksum is "
                        + stored.sha256() + ", the manifest says " + document.sha256());
            }
        }
    }
}
