package com.motovaultpro.document.storage;

import com.motovaultpro.platform.telemetry.Spans;
import io.opentelemetry.api.trace.Span;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The storage with every call seen: a client span (an S3 call or a directory access) and the
 * outcome counted ({@code motovault_storage_operations_total{operation,status}}).
 */
final class ObservedStorage implements DocumentStorage {

    private final DocumentStorage storage;
    private final BiConsumer<String, String> count;

    /** @param count operation, status → counted */
    ObservedStorage(DocumentStorage storage, BiConsumer<String, String> count) {
        this.storage = storage;
        this.count = count;
    }

    @Override
    public StoredObject put(String key, InputStream content, long maxBytes, String contentType, ObjectMetadata metadata) {
        return observe("put", "PutObject", () -> storage.put(key, content, maxBytes, contentType, metadata));
    }

    @Override
    public InputStream open(String key) {
        return observe("open", "GetObject", () -> storage.open(key));
    }

    @Override
    public void delete(String key) {
        observe("delete", "DeleteObject", () -> {
            storage.delete(key);
            return null;
        });
    }

    @Override
    public void ping() {
        observe("ping", "HeadBucket", () -> {
            storage.ping();
            return null;
        });
    }

    @Override
    public String kind() {
        return storage.kind();
    }

    DocumentStorage unwrapped() {
        return storage;
    }

    private <T> T observe(String operation, String s3Method, Supplier<T> call) {
        boolean s3 = "s3".equals(storage.kind());
        Span span = Spans.start(s3 ? "S3." + s3Method : "documents " + operation)
                .setAttribute(Spans.STORAGE, storage.kind());
        if (s3) {
            span.setAttribute(Spans.RPC_SYSTEM, "aws-api").setAttribute(Spans.RPC_SERVICE, "S3")
                    .setAttribute(Spans.RPC_METHOD, s3Method);
        }
        String status = "error";
        try {
            T result = Spans.within(span, call::get);
            status = "success";
            return result;
        } catch (MissingObjectException e) {
            status = "not_found";
            throw e;
        } catch (TooLargeException e) {
            status = "too_large";
            throw e;
        } finally {
            count.accept(operation, status);
        }
    }
}
