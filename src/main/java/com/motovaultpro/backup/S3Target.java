package com.motovaultpro.backup;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Backups in an S3 bucket under a prefix ({@code s3://bucket/prefix}). */
public final class S3Target implements BackupTarget {

    private final MinioClient client;
    private final String bucket;
    private final String prefix;

    public S3Target(S3Location location, BackupSettings.S3Access access) {
        this.client = MinioClient.builder().endpoint(access.endpoint()).region(access.region())
                .credentials(access.accessKey(), access.secretKey()).build();
        this.bucket = location.bucket();
        this.prefix = location.prefix().isEmpty() ? "" : location.prefix() + "/";
    }

    /** {@code s3://bucket[/prefix]}, parsed. */
    public record S3Location(String bucket, String prefix) {
        public static S3Location parse(String location) {
            if (!location.startsWith("s3://")) {
                throw new IllegalArgumentException("not an s3:// location: " + location);
            }
            String rest = location.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
            if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
                throw new IllegalArgumentException("not a valid bucket name: '" + bucket + "'");
            }
            return new S3Location(bucket, prefix);
        }
    }

    @Override
    public void write(String path, Path file) throws IOException {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            // One PUT (or a multipart upload for large files): the object appears whole or not at all.
            client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(prefix + path)
                    .filename(file.toString()).build());
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("Could not write " + describe() + "/" + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket).object(prefix + path).build());
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("Could not read " + describe() + "/" + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String path) throws IOException {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(prefix + path).build());
            return true;
        } catch (ErrorResponseException e) {
            String code = e.errorResponse().code();
            if ("NoSuchKey".equals(code) || "NoSuchBucket".equals(code) || "NoSuchObject".equals(code)) {
                return false;
            }
            throw new IOException("Could not look for " + describe() + "/" + path + ": " + e.getMessage(), e);
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("Could not look for " + describe() + "/" + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> folders() throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                return List.of();
            }
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                    .recursive(false).build())) {
                Item item = result.get();
                String name = item.objectName().substring(prefix.length());
                if (item.isDir() && name.endsWith("/")) {
                    folders.add(name.substring(0, name.length() - 1));
                }
            }
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("Could not list " + describe() + ": " + e.getMessage(), e);
        }
        return List.copyOf(folders);
    }

    @Override
    public List<StoredFile> files(String folder) throws IOException {
        String under = prefix + folder + "/";
        List<StoredFile> names = new ArrayList<>();
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                return List.of();
            }
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(under)
                    .recursive(true).build())) {
                Item item = result.get();
                names.add(new StoredFile(item.objectName().substring(under.length()),
                        item.lastModified() == null ? java.time.Instant.now() : item.lastModified().toInstant()));
            }
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("Could not list " + describe() + "/" + folder + ": " + e.getMessage(), e);
        }
        return names;
    }

    @Override
    public void deleteFile(String path) throws IOException {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(prefix + path).build());
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("Could not delete " + describe() + "/" + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String folder) throws IOException {
        for (StoredFile file : files(folder)) {
            deleteFile(folder + "/" + file.path());
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1));
    }
}
