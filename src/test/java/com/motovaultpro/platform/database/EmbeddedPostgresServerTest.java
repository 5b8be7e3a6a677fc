package com.motovaultpro.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real embedded PostgreSQL, started as the server starts it: never without its password, and a
 * data directory from before (initialised with {@code trust}) upgraded in place, data kept.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    private Path postgresDir;
    private Path passwordFile;
    private int port;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    private final Handler warningsHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(warningsHandler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(warningsHandler);
    }

    @BeforeEach
    void paths() throws IOException {
        postgresDir = dataDir.resolve("postgres");
        passwordFile = dataDir.resolve("postgres.password");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @Test
    void aNewDatabaseLetsNobodyInWithoutThePasswordInAnOwnerOnlyFile() throws Exception {
        String password;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresDir, passwordFile, port)) {
            password = server.password();
            assertEquals(password, Files.readString(passwordFile).strip());
            assertTrue(password.length() >= 40, "a strong password: " + password.length() + " characters");
            assertLocked(password);
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(postgresDir, passwordFile, port)) {
            assertEquals(password, again.password(), "the next start keeps the password");
            assertLocked(password);
        }
        // initdb got --auth and --pwfile (through zonky's locale settings): nothing was ever trusted,
        // so nothing had to be upgraded.
        assertEquals(List.of(), warnings);

        Files.delete(passwordFile);
        IOException lost = assertThrows(IOException.class,
                () -> EmbeddedPostgresServer.start(postgresDir, passwordFile, port).close());
        assertTrue(lost.getMessage().contains(passwordFile.toString()), lost.getMessage());
    }

    @Test
    void aDirectoryThatTrustedEveryoneIsUpgradedInPlace() throws Exception {
        initialiseAsBefore();

        String password;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresDir, passwordFile, port)) {
            password = server.password();
            assertLocked(password);
            assertEquals("kept", oldRow(password), "the data is still there");
        }
        assertEquals(1, warnings.size(), "the upgrade is logged: " + warnings);
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(postgresDir, passwordFile, port)) {
            assertEquals(password, again.password());
            assertLocked(password);
        }
        assertEquals(1, warnings.size(), "and done once: " + warnings);
    }

    @Test
    void anUpgradeInterruptedAfterThePasswordFileUsesThatPassword() throws Exception {
        initialiseAsBefore();
        Files.writeString(passwordFile, "written-before-the-crash\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresDir, passwordFile, port)) {
            assertEquals("written-before-the-crash", server.password());
            assertLocked("written-before-the-crash");
            assertEquals("kept", oldRow("written-before-the-crash"));
        }
    }

    /** A data directory as the server made it before issue 15: zonky's initdb, every local connection trusted. */
    private void initialiseAsBefore() throws Exception {
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(postgresDir)
                .setCleanDataDirectory(false).setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start();
             Connection c = before.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
            sql.execute("CREATE DATABASE motovault");
            try (Connection db = DriverManager.getConnection(url(), "postgres", ""); Statement s = db.createStatement()) {
                s.execute("CREATE TABLE old (note text)");
                s.execute("INSERT INTO old VALUES ('kept')");
            }
        }
        assertTrue(Files.readString(postgresDir.resolve("pg_hba.conf")).contains("trust"));
        assertFalse(Files.exists(passwordFile));
    }

    private void assertLocked(String password) throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertFalse(ClientAuthentication.trustsAnyone(postgresDir), "no pg_hba.conf rule trusts");
        assertRefused(null);
        assertRefused("");
        assertRefused("embedded");
        try (Connection c = DriverManager.getConnection(url(), "postgres", password);
             ResultSet rs = c.createStatement().executeQuery("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid"
                     + " WHERE rolname = 'postgres'")) {
            assertTrue(rs.next() && rs.getBoolean(1), "the password is stored as a SCRAM verifier");
        }
    }

    private void assertRefused(String password) {
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url(), "postgres", password).close());
        assertNotEquals("08001", refused.getSQLState(), "refused by authentication, not unreachable: " + refused);
    }

    private String oldRow(String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "postgres", password);
             ResultSet rs = c.createStatement().executeQuery("SELECT note FROM old")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/motovault";
    }
}
