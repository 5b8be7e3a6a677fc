package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stops and starts the server: data survives a restart, invalid configuration stops startup
 * with one clear line, and environment alone switches to an external PostgreSQL.
 * Runs after every other integration test.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerLifecycleIT {

    private final LibertyServer server;

    ServerLifecycleIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    @Order(1)
    void accountsAndVehiclesSurviveARestart() throws Exception {
        Api owner = Api.newUser(server, "restart");
        long id = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();

        server.restart(Map.of());

        Api sameOwner = Api.as(server, owner.username(), Api.PASSWORD);
        Api.Reply after = sameOwner.get("/api/v1/vehicles/" + id);
        assertEquals(200, after.status(), "the account can still sign in and sees its vehicle");
        assertEquals("Accord", after.json().getString("model"));
    }

    @Test
    @Order(2)
    void malformedConfigurationStopsStartupWithOneLineNamingTheKey() throws Exception {
        server.stop();
        server.startExpectingFailure(Map.of("MOTOVAULT_SESSION_TIMEOUT_MINUTES", "soon"));
        try {
            awaitStopped();
            assertFalse(server.isRunning(), "the server exits instead of running without its application");
            List<String> lines = Files.readAllLines(server.consoleLog()).stream()
                    .filter(l -> l.contains("motovault.session.timeout.minutes")).toList();
            assertFalse(lines.isEmpty(), "the problem is logged");
            assertTrue(lines.get(0).contains("MOTOVAULT_SESSION_TIMEOUT_MINUTES"), lines.get(0));
            assertTrue(lines.get(0).contains("must be a whole number, was 'soon'"), lines.get(0));
            assertFalse(Files.readString(server.consoleLog()).contains("at com.motovaultpro."),
                    "no stack trace for a configuration mistake");
        } finally {
            server.stop();
            server.start();
        }
    }

    @Test
    @Order(3)
    void databaseUrlUserAndPasswordSwitchToAnExternalPostgreSql() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + external.getPort() + "/postgres";
            server.restart(Map.of("MOTOVAULT_DB_URL", url, "MOTOVAULT_DB_USER", "postgres",
                    "MOTOVAULT_DB_PASSWORD", "external-secret"));
            try {
                Api user = Api.newUser(server, "external");
                assertEquals(201, user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).status());
                try (Connection c = external.getPostgresDatabase().getConnection();
                     ResultSet rs = c.createStatement().executeQuery(
                             "SELECT count(*) FROM vehicle v JOIN user_account u ON u.id = v.owner_id "
                                     + "WHERE u.username = '" + user.username() + "'")) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the vehicle is stored in the external database");
                }
                assertNotEquals(200, Api.as(server, "first-admin", Api.PASSWORD).get("/api/v1/account").status(),
                        "accounts of the embedded database are not there");
            } finally {
                server.restart(Map.of());
            }
        }
    }

    private void awaitStopped() throws Exception {
        for (int i = 0; i < 120 && server.isRunning(); i++) {
            Thread.sleep(500);
        }
    }
}
