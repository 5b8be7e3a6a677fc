package com.motovaultpro.platform.config;

import java.nio.file.Path;

/** Where documents are kept and how large one may be. */
public record DocumentSettings(StorageKind storage, Path directory, long maxBytes) {

    /** The document storage: a local directory, or an S3 bucket. */
    public enum StorageKind {
        FILESYSTEM
    }
}
