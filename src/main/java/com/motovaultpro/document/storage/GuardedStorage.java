package com.motovaultpro.document.storage;

import com.motovaultpro.platform.config.AppSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The document storage the application uses: the configured one, behind MicroProfile Fault
 * Tolerance. Reads, deletes and pings time out, are retried with backoff and share nothing with a
 * storage that keeps failing (circuit breaker); uploads are not retried (their stream is used up)
 * but count for the breaker, so a dead storage fails uploads at once with a clear message.
 */
@ApplicationScoped
public class GuardedStorage {

    private static final Metadata OPERATIONS = Metadata.builder().withName("motovault_storage_operations")
            .withDescription("Document storage calls by operation (put, open, delete, ping) and outcome").build();

    @Inject
    AppSettings settings;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private ObservedStorage storage;

    @PostConstruct
    void choose() {
        storage = new ObservedStorage(DocumentStorage.of(settings.documents()), this::count);
    }

    @PreDestroy
    void close() {
        if (storage.unwrapped() instanceof S3Storage s3) {
            s3.close();
        }
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            failOn = DocumentStorage.StorageUnavailableException.class)
    public DocumentStorage.StoredObject put(String key, InputStream content, long maxBytes, String contentType,
                                           DocumentStorage.ObjectMetadata metadata) {
        return storage.put(key, content, maxBytes, contentType, metadata);
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = DocumentStorage.StorageUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            failOn = DocumentStorage.StorageUnavailableException.class)
    public InputStream open(String key) {
        return storage.open(key);
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = DocumentStorage.StorageUnavailableException.class)
    public void delete(String key) {
        storage.delete(key);
    }

    @Timeout(1500)
    public void ping() {
        storage.ping();
    }

    public String kind() {
        return storage.kind();
    }

    private void count(String operation, String status) {
        registry.counter(OPERATIONS, new Tag("operation", operation), new Tag("status", status)).inc();
    }

    /** The S3 storage in use, for the migration from the filesystem; empty in filesystem mode. */
    public java.util.Optional<S3Storage> s3() {
        return storage.unwrapped() instanceof S3Storage s3 ? java.util.Optional.of(s3)
                : java.util.Optional.empty();
    }
}
