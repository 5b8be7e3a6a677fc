package com.motovaultpro.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as the backup's manifest records it (lower-case hex). */
final class Checksums {

    private Checksums() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Copies the stream into {@code file} and returns the SHA-256 of what was copied. */
    static String copy(InputStream in, Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream hashed = new DigestInputStream(in, digest); OutputStream out = Files.newOutputStream(file)) {
            hashed.transferTo(out);
        }
        return hex(digest);
    }
}
