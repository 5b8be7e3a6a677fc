package com.motovaultpro.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The real PostgreSQL that MotoVaultPro runs by itself when no external database is configured.
 * Its files persist in the data directory across restarts; it listens on loopback only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "motovault";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        StalePostmaster.stopIfRunning(dataDir);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new IOException("Embedded PostgreSQL started but the database could not be created", e);
        }
        LOG.info(() -> String.format("Embedded PostgreSQL ready on 127.0.0.1:%d in %d ms, data in %s",
                port, (System.nanoTime() - started) / 1_000_000, dataDir));
        return server;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        LOG.info("Embedded PostgreSQL stopped");
    }
}
