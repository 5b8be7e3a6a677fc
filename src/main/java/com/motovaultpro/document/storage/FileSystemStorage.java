package com.motovaultpro.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Documents in a local directory (the embedded default). An object is written to a temporary file
 * next to its final place and moved there atomically once complete, so a reader never sees half a
 * file and a failed upload leaves nothing behind.
 */
public class FileSystemStorage implements DocumentStorage {

    private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9][a-z0-9/-]{0,98}[a-z0-9]");

    private final Path root;

    public FileSystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredObject put(String key, InputStream content, long maxBytes, String contentType, ObjectMetadata metadata) {
        Path target = resolve(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            CountingDigest counted = new CountingDigest(content, maxBytes);
            Files.copy(counted, temporary, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StoredObject(key, counted.count(), counted.sha256());
        } catch (IOException e) {
            throw new StorageUnavailableException("Could not store " + key + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new MissingObjectException("Object " + key + " is missing from " + root, e);
        } catch (IOException e) {
            throw new StorageUnavailableException("Could not read " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new StorageUnavailableException("Could not delete " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void ping() {
        try {
            Files.createDirectories(root);
            if (!Files.isWritable(root)) {
                throw new StorageUnavailableException(root + " is not writable", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kind() {
        return "filesystem";
    }

    /** Keys are ours (lower-case, digits, dashes, slashes); anything else never reaches the disk. */
    Path resolve(String key) {
        if (!SAFE_KEY.matcher(key).matches() || key.contains("//")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a temporary file left behind is harmless; the next upload uses a new one
            }
        }
    }
}
