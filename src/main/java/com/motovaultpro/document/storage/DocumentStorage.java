package com.motovaultpro.document.storage;

import com.motovaultpro.platform.config.DocumentSettings;
import java.io.InputStream;

/**
 * Where document bytes live: a local directory (the embedded default) or an S3 bucket (cluster
 * mode). Keys are chosen by the application, never derived from file names.
 */
public interface DocumentStorage {

    /** The storage the settings name (an {@link S3Storage} is closed by whoever opened it). */
    static DocumentStorage of(DocumentSettings settings) {
        return switch (settings.storage()) {
            case FILESYSTEM -> new FileSystemStorage(settings.directory());
            case S3 -> {
                DocumentSettings.S3 s3 = settings.s3().orElseThrow();
                yield new S3Storage(s3.endpoint().toString(), s3.region(), s3.accessKey(), s3.secretKey(), s3.bucket());
            }
        };
    }

    /**
     * Stores the stream under {@code key}, computing its size and SHA-256 while it flows; at most
     * {@code maxBytes} are accepted. Either the whole object is stored or nothing is.
     *
     * @throws TooLargeException past {@code maxBytes} (nothing kept)
     * @throws StorageUnavailableException if the storage does not answer (nothing kept)
     */
    StoredObject put(String key, InputStream content, long maxBytes, String contentType, ObjectMetadata metadata);

    /** The object's bytes; the caller closes the stream. */
    InputStream open(String key);

    /** Removes the object; removing a missing one is not an error. */
    void delete(String key);

    /** A cheap round trip that proves the storage answers (readiness). */
    void ping();

    /** "filesystem" or "s3", for health details and logs. */
    String kind();

    /** What is stored next to the bytes, for people inspecting the storage itself. */
    record ObjectMetadata(String originalName, String uploader) {
    }

    /** What was stored. */
    record StoredObject(String key, long size, String sha256) {
    }

    /** More bytes than allowed; nothing was kept. */
    class TooLargeException extends RuntimeException {
        public TooLargeException(long maxBytes) {
            super("larger than " + maxBytes + " bytes", null, false, false);
        }
    }

    /**
     * The storage answers but has no such object (e.g. not migrated yet): not an outage, so never
     * retried and never counted against the storage by the circuit breaker.
     */
    class MissingObjectException extends RuntimeException {
        public MissingObjectException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The storage did not answer or failed; whatever was being written was not kept. */
    class StorageUnavailableException extends RuntimeException {
        public StorageUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
