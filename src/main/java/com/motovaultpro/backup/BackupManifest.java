package com.motovaultpro.backup;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one backup holds, written last (a backup without its manifest is incomplete): the moment of
 * the database snapshot, the schema version, every table with its row count and the checksum of
 * its file, the sequences, and every document with its size and checksum. A tab-separated text
 * file, one fact per line, readable by people and by {@code grep}.
 */
public record BackupManifest(Instant created, String schemaVersion, List<Table> tables, List<Sequence> sequences,
                             List<Document> documents) {

    public static final String FILE = "manifest.tsv";
    /** The mirror of the document storage, next to the backups' folders. */
    public static final String DOCUMENTS = "documents";
    static final String FORMAT = "motovault-backup\t1";
    /** Stands for "no value": URL encoding never produces a bare tilde. */
    private static final String NONE = "~";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._/-]{1,200}");

    public BackupManifest {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        documents = List.copyOf(documents);
    }

    /** A table: its name, its columns in file order, its rows and the SHA-256 of its (compressed) file. */
    public record Table(String name, List<String> columns, long rows, String sha256) {
        public Table {
            requireIdentifier(name);
            columns.forEach(BackupManifest::requireIdentifier);
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("table " + name + " has no columns");
            }
            requireSha256(sha256);
            if (rows < 0) {
                throw new IllegalArgumentException("negative row count for " + name);
            }
        }

        public String file() {
            return "database/" + name + ".copy.gz";
        }
    }

    /** A sequence's state, as {@code setval(name, value, called)} brings it back. */
    public record Sequence(String name, long value, boolean called) {
        public Sequence {
            requireIdentifier(name);
        }
    }

    /** A stored document: its key, size, checksum, type, and the names kept with the object. */
    public record Document(String key, long size, String sha256, String contentType, String originalName,
                           String uploader) {
        public Document {
            if (!KEY.matcher(key).matches() || key.contains("..") || key.startsWith("/")) {
                throw new IllegalArgumentException("unusable document key: " + key);
            }
            requireSha256(sha256);
        }

        /** Where its bytes are in the backup location: shared by every backup that lists it. */
        public String file() {
            return DOCUMENTS + "/" + key;
        }
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public long documentBytes() {
        return documents.stream().mapToLong(Document::size).sum();
    }

    public String format() {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        out.append("created\t").append(created).append('\n');
        out.append("schema\t").append(schemaVersion).append('\n');
        for (Table t : tables) {
            out.append("table\t").append(t.name()).append('\t').append(t.rows()).append('\t').append(t.sha256())
                    .append('\t').append(String.join(",", t.columns())).append('\n');
        }
        for (Sequence s : sequences) {
            out.append("sequence\t").append(s.name()).append('\t').append(s.value()).append('\t').append(s.called())
                    .append('\n');
        }
        for (Document d : documents) {
            out.append("document\t").append(d.key()).append('\t').append(d.size()).append('\t').append(d.sha256())
                    .append('\t').append(encode(d.contentType())).append('\t').append(encode(d.originalName()))
                    .append('\t').append(encode(d.uploader())).append('\n');
        }
        return out.toString();
    }

    /** Reads a manifest, refusing anything it does not understand (naming the line). */
    public static BackupManifest parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not a MotoVaultPro backup manifest (first line must be '"
                    + FORMAT.replace('\t', ' ') + "')");
        }
        Instant created = null;
        String schema = null;
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "created" -> created = Instant.parse(fields(f, 2)[1]);
                    case "schema" -> schema = fields(f, 2)[1];
                    case "table" -> tables.add(new Table(fields(f, 5)[1], List.of(f[4].split(",")),
                            Long.parseLong(f[2]), f[3]));
                    case "sequence" -> sequences.add(new Sequence(fields(f, 4)[1], Long.parseLong(f[2]),
                            bool(f[3])));
                    case "document" -> documents.add(new Document(fields(f, 7)[1], Long.parseLong(f[2]), f[3],
                            decode(f[4]), decode(f[5]), decode(f[6])));
                    default -> throw new IllegalArgumentException("unknown entry '" + f[0] + "'");
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (created == null || schema == null || tables.isEmpty()) {
            throw new IllegalArgumentException("manifest incomplete: it needs created, schema and tables");
        }
        return new BackupManifest(created, schema, tables, sequences, documents);
    }

    private static String[] fields(String[] f, int expected) {
        if (f.length != expected) {
            throw new IllegalArgumentException("'" + f[0] + "' needs " + expected + " fields, found " + f.length);
        }
        return f;
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, found '" + value + "'");
        };
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
    }

    private static void requireSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }

    private static String encode(String value) {
        return value == null ? NONE : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return NONE.equals(value) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
