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
import org.postgresql.PGConnection;

/**
 * The real PostgreSQL that MotoVaultPro runs by itself when no external database is configured.
 * Its files persist in the data directory across restarts; it listens on loopback only, and every
 * connection, local socket or TCP, proves the superuser's password ({@link EmbeddedPassword}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "motovault";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts PostgreSQL from {@code dataDir}, initialising it on the first start. A directory an
     * earlier version initialised without passwords gets one now (see {@link #requirePassword}).
     *
     * @param passwordFile where the superuser's password is kept (created on the first start)
     */
    public static EmbeddedPostgresServer start(Path dataDir, Path passwordFile, int port) throws IOException {
        Files.createDirectories(dataDir);
        StalePostmaster.stopIfRunning(dataDir);
        long started = System.nanoTime();
        // zonky runs initdb only for a directory without postgresql.conf.
        boolean initialised = Files.exists(dataDir.resolve("postgresql.conf"));
        if (initialised && EmbeddedPassword.read(passwordFile).isEmpty() && !ClientAuthentication.trustsAnyone(dataDir)) {
            throw new IOException("The embedded database requires a password, but " + passwordFile
                    + " is missing: restore that file, or set a new password as docs/operations/database.md describes");
        }
        String password = EmbeddedPassword.readOrCreate(passwordFile);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky calls initdb with "-A trust" and then its locale settings as --name=value
                // options: the later --auth wins, and --pwfile gives the superuser its password, so a
                // new data directory never lets anyone in without it, not even during its first start.
                .setLocaleConfig("auth", ClientAuthentication.METHOD)
                .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("password_encryption", ClientAuthentication.METHOD)
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
        try {
            if (ClientAuthentication.trustsAnyone(dataDir)) {
                server.requirePassword(dataDir, passwordFile);
            }
            server.createDatabaseIfMissing();
        } catch (SQLException | IOException e) {
            server.close();
            throw new IOException("Embedded PostgreSQL started but could not be prepared: " + e.getMessage(), e);
        }
        LOG.info(() -> String.format("Embedded PostgreSQL ready on 127.0.0.1:%d in %d ms, data in %s",
                port, (System.nanoTime() - started) / 1_000_000, dataDir));
        return server;
    }

    /** The superuser's password, for every connection the application opens. */
    public String password() {
        return password;
    }

    /**
     * Upgrades a data directory that trusted every local connection, in place, while it still does
     * (this one start): the password is set first, then pg_hba.conf demands it, then PostgreSQL
     * reloads it. The password file was written before any of it, so a start interrupted at any
     * step simply does the remaining steps again next time.
     */
    private void requirePassword(Path dataDir, Path passwordFile) throws SQLException, IOException {
        LOG.warning(() -> "The embedded PostgreSQL let every local connection in without a password; from now on it"
                + " requires the one in " + passwordFile);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (Statement set = c.createStatement()) {
                set.execute("SET password_encryption = '" + ClientAuthentication.METHOD + "'");
            }
            // Hashed by the driver: the password itself never reaches the server or its log.
            c.unwrap(PGConnection.class).alterUserPassword(EmbeddedPassword.USER, password.toCharArray(), ClientAuthentication.METHOD);
            ClientAuthentication.requirePasswords(dataDir);
            try (Statement reload = c.createStatement();
                 ResultSet rules = reload.executeQuery("SELECT pg_reload_conf(), count(*) FROM pg_hba_file_rules"
                         + " WHERE error IS NOT NULL OR auth_method = 'trust'")) {
                rules.next();
                if (rules.getLong(2) != 0) {
                    throw new IOException(dataDir.resolve(ClientAuthentication.FILE_NAME)
                            + " still has rules without a password, or rules PostgreSQL cannot read");
                }
            }
        }
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
