package com.motovaultpro.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Backups in a local directory (or anything mounted as one). */
public final class DirectoryTarget implements BackupTarget {

    private final Path root;

    public DirectoryTarget(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String path, Path file) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
        try {
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(resolve(path));
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    @Override
    public List<String> folders() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public List<StoredFile> files(String folder) throws IOException {
        Path top = resolve(folder);
        if (!Files.isDirectory(top)) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(top)) {
            List<StoredFile> files = new java.util.ArrayList<>();
            for (Path p : tree.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new StoredFile(top.relativize(p).toString().replace('\\', '/'),
                        Files.getLastModifiedTime(p).toInstant()));
            }
            return files;
        }
    }

    @Override
    public void deleteFile(String path) throws IOException {
        Files.deleteIfExists(resolve(path));
    }

    @Override
    public void delete(String folder) throws IOException {
        Path top = resolve(folder);
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(top)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    private Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path outside the backup directory: " + path);
        }
        return resolved;
    }
}
