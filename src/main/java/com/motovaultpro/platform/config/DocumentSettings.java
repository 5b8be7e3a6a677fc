package com.motovaultpro.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where documents are kept and how large one may be. */
public record DocumentSettings(StorageKind storage, Path directory, long maxBytes, Optional<S3> s3) {

    /** The document storage: a local directory, or an S3 bucket. */
    public enum StorageKind {
        FILESYSTEM,
        S3
    }

    /** An S3 API endpoint (a MinIO tenant, or any S3) and the bucket documents go to. */
    public record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey) {

        /** Keep the secret out of logs. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey + "]";
        }
    }
}
