package com.motovaultpro.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The database part of a restore, into an empty database: the schema built by the application's
 * own migrations up to the backup's version, then every table loaded (each file's checksum and
 * row count checked) in foreign-key order and the sequences set, in one transaction. If loading
 * fails, the schema this run created is removed again, so the database is empty as before.
 */
final class DatabaseRestore {

    private DatabaseRestore() {
    }

    static void requireEmpty(Connection c) throws SQLException {
        int objects = Catalog.objects(c);
        if (objects > 0) {
            throw new RestoreException("the database is not empty (" + objects + " tables, sequences or views in its"
                    + " schema): a restore only goes into an empty database, so nothing in it is overwritten");
        }
    }

    /**
     * Refuses, before anything is written, a backup whose schema is newer than the migrations this
     * release carries (it would not know the backup's tables).
     */
    static void requireKnownSchema(BackupSettings.Database database, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        MigrationVersion newest = MigrationVersion.EMPTY;
        for (MigrationInfo migration : flyway(database, null).info().all()) {
            if (migration.getVersion() != null && migration.getVersion().compareTo(newest) > 0) {
                newest = migration.getVersion();
            }
        }
        if (wanted.compareTo(newest) > 0) {
            throw new RestoreException("the backup's schema is version " + version + " but this MotoVaultPro knows"
                    + " versions up to " + newest + ": restore with the release that made the backup, or a newer one");
        }
    }

    /** Builds the schema with the application's migrations, up to the backup's version. */
    static void migrate(BackupSettings.Database database, String version) {
        Flyway flyway = flyway(database, version);
        flyway.migrate();
        String reached = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        if (!reached.equals(version)) {
            throw new RestoreException("the migrations reached schema version " + reached + ", the backup needs " + version);
        }
    }

    private static Flyway flyway(BackupSettings.Database database, String target) {
        var configuration = Flyway.configure(DatabaseRestore.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    static void load(Connection c, BackupManifest manifest, BackupTarget target, String folder, Path work)
            throws SQLException, IOException {
        c.setAutoCommit(false);
        try {
            Map<String, BackupManifest.Table> byName = manifest.tables().stream()
                    .collect(Collectors.toMap(BackupManifest.Table::name, Function.identity()));
            List<String> present = Catalog.tables(c);
            if (!new HashSet<>(present).equals(byName.keySet())) {
                throw new RestoreException("the migrated schema's tables " + present + " differ from the backup's "
                        + byName.keySet());
            }
            List<String> order = TableOrder.of(byName.keySet(), Catalog.references(c));
            try (Statement st = c.createStatement()) {
                // The migrations just wrote their own rows — their history, and seed rows such as the
                // scheduled jobs: the backup's rows (with their dates and states) replace them.
                for (int i = order.size() - 1; i >= 0; i--) {
                    st.execute("DELETE FROM " + Catalog.quote(order.get(i)));
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String name : order) {
                BackupManifest.Table table = byName.get(name);
                Path file = fetch(target, folder + "/" + table.file(), table.sha256(), work);
                long rows;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
                    rows = copy.copyIn("COPY " + Catalog.quote(name) + " (" + Catalog.columnList(table.columns())
                            + ") FROM STDIN", in);
                } finally {
                    Files.deleteIfExists(file);
                }
                if (rows != table.rows()) {
                    throw new RestoreException(name + ": " + rows + " rows loaded, the backup says " + table.rows());
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT setval(format('%I.%I', current_schema(), ?::text)::regclass, ?, ?)")) {
                for (BackupManifest.Sequence sequence : manifest.sequences()) {
                    st.setString(1, sequence.name());
                    st.setLong(2, sequence.value());
                    st.setBoolean(3, sequence.called());
                    st.execute();
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /**
     * Removes what {@link #migrate} created, after a failed restore: the schema was empty before
     * (checked first), so everything in it now is the migration's — views, tables, sequences.
     */
    static void undoMigration(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            for (Catalog.Relation relation : Catalog.relations(c)) {
                st.execute("DROP " + relation.kind() + " IF EXISTS " + Catalog.quote(relation.name()) + " CASCADE");
            }
        }
    }

    /** Downloads a backup file, refusing it unless its checksum is the manifest's. */
    private static Path fetch(BackupTarget target, String path, String sha256, Path work) throws IOException {
        Path file = Files.createTempFile(work, "table-", ".gz");
        String actual;
        try (InputStream in = target.open(path)) {
            actual = Checksums.copy(in, file);
        }
        if (!actual.equals(sha256)) {
            Files.deleteIfExists(file);
            throw new RestoreException(path + " is damaged: its checksum is " + actual + ", the manifest says " + sha256);
        }
        return file;
    }
}
