package com.motovaultpro.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password, generated once and kept in a file only the
 * server's own OS user can read ({@code <data dir>/postgres.password}, mode 600). The file is the
 * only copy: whoever can read it can reach the database, and the backup commands read it too.
 */
public final class EmbeddedPassword {

    /** The superuser the password is for, and whom the application connects as: the database is its own. */
    public static final String USER = "postgres";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedPassword() {
    }

    /** The password in {@code file}, if there is one. */
    public static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: restore it, or see docs/operations/database.md to set a new password");
        }
        return Optional.of(password);
    }

    /**
     * The password in {@code file}, or a new one written there first. A file left readable by
     * others (e.g. restored from a copy) is made owner-only again.
     */
    public static String readOrCreate(Path file) throws IOException {
        Optional<String> existing = read(file);
        if (existing.isPresent()) {
            ownerOnly(file);
            return existing.get();
        }
        String password = generate();
        write(file, password);
        return password;
    }

    /** 32 random bytes, URL-safe Base64: strong, and nothing that needs quoting anywhere. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Written to a temporary file that is owner-only from its creation, flushed, then moved into
     * place: a crash leaves either no file or the whole password, never a readable or half one.
     */
    private static void write(Path file, String password) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = "." + file.getFileName();
        Path temp = posix(dir)
                ? Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(StandardCharsets.UTF_8.encode(password + "\n"));
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent()) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
