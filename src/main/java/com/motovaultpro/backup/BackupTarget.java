package com.motovaultpro.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where backups are kept: a directory (a mounted volume, a NAS) or an S3 bucket with a prefix.
 * Paths are relative and '/'-separated; a backup is the folder named after its {@link BackupStamp}.
 */
public interface BackupTarget extends AutoCloseable {

    /** Writes the whole file at {@code path}, replacing it; a failed write leaves no file. */
    void write(String path, Path file) throws IOException;

    /** The file's bytes; the caller closes the stream. */
    InputStream open(String path) throws IOException;

    boolean exists(String path) throws IOException;

    /** The names of the folders directly under the top (the backups). */
    List<String> folders() throws IOException;

    /** Every file under a folder, with paths relative to that folder (none if there is no such folder). */
    List<StoredFile> files(String folder) throws IOException;

    /** A file and when it was last written. */
    record StoredFile(String path, java.time.Instant modified) {
    }

    /** Removes one file; a missing one is not an error. */
    void deleteFile(String path) throws IOException;

    /** Removes a folder and everything in it. */
    void delete(String folder) throws IOException;

    /** For messages: where this is. */
    String describe();

    @Override
    default void close() {
    }
}
