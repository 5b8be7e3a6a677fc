package com.motovaultpro.document.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Documents in an S3 bucket (cluster mode: a MinIO tenant, or any S3 API) through the MinIO Java
 * client. An upload is first streamed to a temporary file — counted, hashed and checked against the
 * limit without touching the bucket — and only a complete file is sent, with its size known, so the
 * bucket never holds half an object. Each object carries its original name, content type, size,
 * SHA-256 and uploader as metadata. The bucket is created if it is missing.
 */
public class S3Storage implements DocumentStorage, AutoCloseable {

    private final MinioClient client;
    private final OkHttpClient http;
    private final String bucket;
    private volatile boolean bucketChecked;

    public S3Storage(String endpoint, String region, String accessKey, String secretKey, String bucket) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
        this.client = MinioClient.builder().endpoint(endpoint).region(region).credentials(accessKey, secretKey)
                .httpClient(http).build();
        this.bucket = bucket;
    }

    @Override
    public StoredObject put(String key, InputStream content, long maxBytes, String contentType, ObjectMetadata metadata) {
        Path spool = null;
        try {
            spool = Files.createTempFile("motovault-upload-", ".part");
            CountingDigest counted = new CountingDigest(content, maxBytes);
            Files.copy(counted, spool, StandardCopyOption.REPLACE_EXISTING);
            String sha256 = counted.sha256();
            ensureBucket();
            try (InputStream in = Files.newInputStream(spool)) {
                client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                        .stream(in, counted.count(), -1)
                        .contentType(contentType)
                        .userMetadata(Map.of(
                                "original-name", URLEncoder.encode(metadata.originalName(), StandardCharsets.UTF_8),
                                "uploader", URLEncoder.encode(metadata.uploader(), StandardCharsets.UTF_8),
                                "sha256", sha256,
                                "size", Long.toString(counted.count())))
                        .build());
            }
            return new StoredObject(key, counted.count(), sha256);
        } catch (IOException | MinioException | GeneralSecurityException e) {
            throw new StorageUnavailableException("Could not store " + key + " in bucket " + bucket + ": " + e, e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                throw new MissingObjectException("Object " + key + " is not in bucket " + bucket, e);
            }
            throw new StorageUnavailableException("Object " + key + " could not be read from bucket " + bucket + ": "
                    + e.errorResponse().code(), e);
        } catch (IOException | MinioException | GeneralSecurityException e) {
            throw new StorageUnavailableException("Could not read " + key + " from bucket " + bucket + ": " + e, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (IOException | MinioException | GeneralSecurityException e) {
            throw new StorageUnavailableException("Could not delete " + key + " from bucket " + bucket + ": " + e, e);
        }
    }

    @Override
    public void ping() {
        try {
            bucketChecked = false;
            ensureBucket();
        } catch (IOException | MinioException | GeneralSecurityException e) {
            throw new StorageUnavailableException("Bucket " + bucket + " unreachable: " + e, e);
        }
    }

    /** The SHA-256 the object was stored with, or empty if there is no such object. */
    public java.util.Optional<String> sha256Of(String key) {
        try {
            return java.util.Optional.ofNullable(client.statObject(io.minio.StatObjectArgs.builder().bucket(bucket)
                    .object(key).build()).userMetadata().get("sha256"));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return java.util.Optional.empty();
            }
            throw new StorageUnavailableException("Could not look at " + key + " in bucket " + bucket + ": " + e, e);
        } catch (IOException | MinioException | GeneralSecurityException e) {
            throw new StorageUnavailableException("Could not look at " + key + " in bucket " + bucket + ": " + e, e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    private void ensureBucket() throws IOException, MinioException, GeneralSecurityException {
        if (bucketChecked) {
            return;
        }
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
        bucketChecked = true;
    }

    /** OkHttp's threads would otherwise outlive the application (and keep a stopping JVM alive). */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
