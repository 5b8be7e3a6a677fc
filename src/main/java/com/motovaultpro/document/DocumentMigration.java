package com.motovaultpro.document;

import com.motovaultpro.document.storage.DocumentStorage;
import com.motovaultpro.document.storage.FileSystemStorage;
import com.motovaultpro.document.storage.GuardedStorage;
import com.motovaultpro.document.storage.S3Storage;
import com.motovaultpro.platform.config.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Copies the documents of an installation that used the filesystem into the S3 bucket it uses
 * now: every document row, trashed ones included, from {@code motovault.documents.dir} to the
 * bucket under the same key, each verified by its SHA-256. Idempotent and resumable: an object
 * already in the bucket with the right checksum is skipped, so running it again after an
 * interruption continues where it stopped.
 */
@ApplicationScoped
public class DocumentMigration {

    private static final Logger LOG = Logger.getLogger(DocumentMigration.class.getName());

    @Inject
    DocumentRepository documents;

    @Inject
    GuardedStorage storage;

    @Inject
    AppSettings settings;

    /** What a run did: copied now, already there (verified), failed (with why). */
    public record Report(int copied, int alreadyThere, int failed, List<String> problems) {
    }

    public Report filesystemToS3(String by) {
        S3Storage target = storage.s3().orElseThrow(() -> new DocumentException(DocumentException.Reason.NOT_ON_S3));
        FileSystemStorage source = new FileSystemStorage(settings.documents().directory());
        int copied = 0;
        int already = 0;
        List<String> problems = new ArrayList<>();
        for (DocumentRepository.Stored document : documents.allStored()) {
            try {
                Optional<String> there = target.sha256Of(document.storageKey());
                if (there.filter(document.sha256()::equals).isPresent()) {
                    already++;
                    continue;
                }
                DocumentStorage.StoredObject stored;
                try (InputStream in = source.open(document.storageKey())) {
                    stored = target.put(document.storageKey(), in, Long.MAX_VALUE, document.contentType(),
                            new DocumentStorage.ObjectMetadata(document.originalName(), "migration"));
                }
                if (!stored.sha256().equals(document.sha256())) {
                    target.delete(document.storageKey());
                    problems.add("document " + document.id() + ": checksum differs from the one recorded, not copied");
                } else {
                    copied++;
                }
            } catch (RuntimeException | java.io.IOException e) {
                problems.add("document " + document.id() + ": " + e.getMessage());
            }
        }
        Report report = new Report(copied, already, problems.size(), List.copyOf(problems));
        LOG.info(() -> "Document migration to S3 by '" + by + "': " + report.copied() + " copied, "
                + report.alreadyThere() + " already there, " + report.failed() + " failed");
        return report;
    }
}
