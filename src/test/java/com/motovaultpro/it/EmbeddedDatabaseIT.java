package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.backup.BackupSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded PostgreSQL the server started lets no local user in without its generated password
 * (issue 15: it used to trust every local connection), and the server and the backup commands
 * connect with that password.
 */
@ExtendWith(RunningServer.class)
class EmbeddedDatabaseIT {

    private final LibertyServer server;

    EmbeddedDatabaseIT(LibertyServer server) {
        this.server = server;
    }

    @ParameterizedTest(name = "password {0}")
    @NullSource
    @ValueSource(strings = {"", "embedded", "postgres"})
    void withoutThePasswordNobodyGetsIn(String password) {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                TestDatabase.url(server, "motovault"), "postgres", password).close());
        assertTrue(List.of("08004", "28P01").contains(refused.getSQLState()),
                "refused for want of the password, not unreachable: " + refused.getSQLState() + " " + refused.getMessage());
    }

    @Test
    void withThePasswordTheDatabaseIsTheServers() throws Exception {
        try (Connection db = TestDatabase.connect(server);
             ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertTrue(rs.getInt(1) > 0, "the server migrated this database");
        }
        assertEquals(200, Api.newUser(server, "embedded-db").get("/api/v1/account").status(),
                "the server itself connects with it");
    }

    @Test
    void thePasswordFileIsTheOwnersAlone() throws Exception {
        Path file = server.dataDir().resolve("postgres.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).strip().length() >= 40, "a long random password");
    }

    @Test
    void noClientAuthenticationRuleTrusts() throws Exception {
        List<String> rules = Files.readAllLines(server.dataDir().resolve("postgres/pg_hba.conf")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertTrue(!rules.isEmpty() && rules.stream().allMatch(rule -> rule.endsWith("scram-sha-256")), rules.toString());
    }

    @Test
    void theBackupCommandsReadThePasswordFromTheDataDirectory() throws Exception {
        Map<String, String> config = Map.of("motovault.data.dir", server.dataDir().toString(),
                "motovault.db.embedded.port", Integer.toString(server.dbPort()));
        BackupSettings.Database database = BackupSettings.read(key -> Optional.ofNullable(config.get(key)),
                server.dataDir(), Optional.empty()).database();
        assertEquals("postgres", database.user());
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            assertTrue(db.isValid(5));
        }
    }
}
