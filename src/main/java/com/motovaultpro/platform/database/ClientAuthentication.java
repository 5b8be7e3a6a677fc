package com.motovaultpro.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL's pg_hba.conf. Data directories initialised before issue 15 let every
 * local connection in without a password ({@code trust}, the only method zonky's initdb call
 * knows); this finds such lines and turns them into {@code scram-sha-256}.
 */
final class ClientAuthentication {

    static final String FILE_NAME = "pg_hba.conf";
    static final String METHOD = "scram-sha-256";
    private static final Pattern FIELDS = Pattern.compile("\\s+");

    private ClientAuthentication() {
    }

    /** Whether any rule lets a connection in without a password. */
    static boolean trustsAnyone(Path dataDir) throws IOException {
        return Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).stream()
                .anyMatch(line -> !line.equals(requirePassword(line)));
    }

    /**
     * Rewrites every {@code trust} rule to {@code scram-sha-256}, keeping comments and everything
     * else; written beside and moved into place, so PostgreSQL never reads half a file.
     */
    static void requirePasswords(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        List<String> rewritten = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rewritten.add(requirePassword(line));
        }
        Path temp = dataDir.resolve(FILE_NAME + ".new");
        Files.write(temp, rewritten, StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The line with its method {@code trust} replaced. The method follows the connection type,
     * database, user and (for host rules) the address, so the fields before it are never touched.
     */
    static String requirePassword(String line) {
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("#")) {
            return line;
        }
        int comment = rule.indexOf('#');
        String fields = comment < 0 ? rule : rule.substring(0, comment).strip();
        String[] parts = FIELDS.split(fields);
        boolean changed = false;
        for (int i = parts[0].equals("local") ? 3 : 4; i < parts.length; i++) {
            if (parts[i].equals("trust")) {
                parts[i] = METHOD;
                changed = true;
            }
        }
        return changed ? String.join(" ", parts) + (comment < 0 ? "" : " " + rule.substring(comment)) : line;
    }
}
