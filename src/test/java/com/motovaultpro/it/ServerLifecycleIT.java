package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** One setting of the Dockerfile's logging ENV lines ({@code KEY=value}). */
    private static final Pattern DOCKERFILE_ENV = Pattern.compile(
            "\\b((?:WLP_LOGGING_CONSOLE_\\w+|MOTOVAULT_ACCESS_LOG_\\w+))=(\\S+?)\\s*(?:\\\\)?$");

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

    /**
     * The container image's logging (its Dockerfile's settings, read from the Dockerfile): every
     * request once, as a JSON access event on the console, with its path but never its query (the
     * calendar feed's secret travels there); none in messages.log, and no access log file.
     */
    @Test
    @Order(4)
    void theContainerLogsEachRequestOnceOnItsConsoleWithoutTheQuery() throws Exception {
        Map<String, String> container = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
            Matcher setting = DOCKERFILE_ENV.matcher(line);
            if (setting.find()) {
                container.put(setting.group(1), setting.group(2));
            }
        }
        assertEquals(Set.of("WLP_LOGGING_CONSOLE_FORMAT", "WLP_LOGGING_CONSOLE_SOURCE", "WLP_LOGGING_CONSOLE_LOGLEVEL",
                "MOTOVAULT_ACCESS_LOG_FILE", "MOTOVAULT_ACCESS_LOG_MAX_MB"), container.keySet());
        Path accessFile = server.serverDir().resolve("logs/http_access.log");
        server.restart(container);
        try {
            long accessBefore = Files.exists(accessFile) ? Files.size(accessFile) : 0;
            Api owner = Api.newUser(server, "container-log");
            String link = owner.post("/api/v1/account/calendar-link", "").json().getString("url");
            String secret = link.substring(link.indexOf("token=") + 6);
            assertEquals(200, Api.anonymous(server).get(link.substring(link.indexOf("/calendar/"))).status());
            Thread.sleep(1500); // log lines are written asynchronously
            List<String> console = Files.readAllLines(server.consoleLog());
            List<String> feedEvents = console.stream().filter(l -> l.contains("\"type\":\"liberty_accesslog\""))
                    .filter(l -> l.contains("calendar") && l.contains("feed.ics")).toList();
            assertEquals(1, feedEvents.size(), "the fetch is one JSON event on the console: " + feedEvents);
            assertFalse(String.join("\n", console).contains(secret), "the console never carries the secret");
            assertFalse(Files.readString(server.messagesLog()).contains("liberty_accesslog"),
                    "messages.log carries no access events");
            assertEquals(accessBefore, Files.exists(accessFile) ? Files.size(accessFile) : 0,
                    "no access log file is written");
        } finally {
            server.restart(Map.of());
        }
    }

    private void awaitStopped() throws Exception {
        for (int i = 0; i < 120 && server.isRunning(); i++) {
            Thread.sleep(500);
        }
    }
}
