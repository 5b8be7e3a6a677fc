package com.motovaultpro.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The database part of a backup: every table of the application's schema copied out (PostgreSQL
 * {@code COPY}, text format, gzip) inside one read-only REPEATABLE READ transaction, so all tables,
 * the sequences and the list of documents come from the same snapshot — the backup's one moment.
 * Needs no {@code pg_dump} of the server's version: the JDBC driver is enough.
 */
final class DatabaseDump {

    /** What the snapshot held; the documents still have to be copied. */
    record Snapshot(Instant created, String schemaVersion, List<BackupManifest.Table> tables,
                    List<BackupManifest.Sequence> sequences, List<BackupManifest.Document> documents) {

        String folder() {
            return BackupStamp.of(created);
        }
    }

    private DatabaseDump() {
    }

    /**
     * Locks every table against schema changes (ACCESS SHARE, as pg_dump does: a migration's
     * ALTER TABLE waits until the dump is done, while reads and writes go on), then takes the
     * snapshot — so no table can be rewritten under the snapshot and read as empty. A table that
     * appeared between listing and locking fails the backup ("run it again").
     */
    static Snapshot take(Connection c, BackupTarget target, Path work) throws SQLException, IOException {
        c.setAutoCommit(true);
        List<String> listed = Catalog.tables(c);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            try (Statement st = c.createStatement()) {
                // Utility statements: the snapshot is only taken by the first query after them.
                st.execute("SET LOCAL lock_timeout = '120s'");
                st.execute("LOCK TABLE " + String.join(", ", listed.stream().map(Catalog::quote).toList())
                        + " IN ACCESS SHARE MODE");
            }
            Instant created = single(c, "SELECT now()", rs -> rs.getObject(1, OffsetDateTime.class).toInstant());
            if (!Catalog.tables(c).equals(listed)) {
                throw new IOException("the schema changed as the backup began (a migration running?): run the backup again");
            }
            String schema = single(c, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1", rs -> rs.getString(1));
            String folder = BackupStamp.of(created);
            if (target.exists(folder + "/" + BackupManifest.FILE)) {
                throw new IOException("a backup named " + folder + " already exists in " + target.describe());
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (String table : listed) {
                List<String> columns = Catalog.columns(c, table);
                BackupManifest.Table stub = new BackupManifest.Table(table, columns, 0, "0".repeat(64));
                Path file = work.resolve(table + ".copy.gz");
                MessageDigest digest = Checksums.sha256();
                long rows;
                try (OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest),
                        64 * 1024)) {
                    rows = copy.copyOut("COPY " + Catalog.quote(table) + " (" + Catalog.columnList(columns)
                            + ") TO STDOUT", out);
                }
                target.write(folder + "/" + stub.file(), file);
                Files.delete(file);
                tables.add(new BackupManifest.Table(table, columns, rows, Checksums.hex(digest)));
            }
            return new Snapshot(created, schema, tables, sequences(c), documents(c));
        } finally {
            c.rollback();
        }
    }

    private static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sequencename, last_value FROM pg_sequences"
                     + " WHERE schemaname = current_schema() ORDER BY sequencename")) {
            while (rs.next()) {
                long value = rs.getLong(2);
                boolean used = !rs.wasNull();
                sequences.add(new BackupManifest.Sequence(rs.getString(1), used ? value : 1, used));
            }
        }
        return sequences;
    }

    private static List<BackupManifest.Document> documents(Connection c) throws SQLException {
        if (!Catalog.tables(c).contains("document")) {
            return List.of();
        }
        List<BackupManifest.Document> documents = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT d.storage_key, d.size_bytes, d.sha256, d.content_type,"
                     + " d.original_name, u.username FROM document d LEFT JOIN user_account u ON u.id = d.uploaded_by"
                     + " ORDER BY d.id")) {
            while (rs.next()) {
                documents.add(new BackupManifest.Document(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return documents;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T single(Connection c, String sql, Row<T> row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no result for: " + sql);
            }
            return row.read(rs);
        }
    }
}
