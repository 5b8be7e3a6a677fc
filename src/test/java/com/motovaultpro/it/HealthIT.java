package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health endpoints Kubernetes probes, incl. readiness while the database hangs. */
@ExtendWith(RunningServer.class)
class HealthIT {

    private final LibertyServer server;

    HealthIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void liveReadyAndStartedAreUpWithNamedChecks() {
        Api anonymous = Api.anonymous(server);
        JsonObject live = anonymous.get("/health/live").json();
        assertEquals("UP", live.getString("status"));

        JsonObject ready = anonymous.get("/health/ready").json();
        assertEquals("UP", ready.getString("status"));
        JsonObject database = check(ready, "database");
        assertTrue(database.getJsonObject("data").containsKey("latencyMs"));
        JsonObject documents = check(ready, "documents");
        assertEquals("UP", documents.getString("status"));
        assertEquals("UP", documents.getJsonObject("data").getString("state"));
        assertEquals("filesystem", documents.getJsonObject("data").getString("storage"));

        JsonObject started = anonymous.get("/health/started").json();
        assertEquals("UP", started.getString("status"));
        assertFalse(check(started, "startup").getJsonObject("data").getString("schemaVersion").isBlank());
    }

    /**
     * Freezes every PostgreSQL process (SIGSTOP): connections hang instead of failing. Readiness
     * must still answer within 2 s, DOWN, and be UP again once the database resumes.
     */
    @Test
    void readinessAnswersWithinTwoSecondsWhenTheDatabaseHangs() throws Exception {
        List<Long> postgres = postgresProcesses();
        assertFalse(postgres.isEmpty(), "embedded PostgreSQL processes");
        Api anonymous = Api.anonymous(server);
        signal("STOP", postgres);
        try {
            Api.Reply ready;
            try {
                ready = anonymous.send(anonymous.request("/health/ready").timeout(Duration.ofSeconds(2)).GET());
            } catch (RuntimeException e) {
                throw new AssertionError("readiness did not answer within 2 s", e.getCause() instanceof HttpTimeoutException ? e.getCause() : e);
            }
            assertEquals(503, ready.status());
            JsonObject database = check(ready.json(), "database");
            assertEquals("DOWN", database.getString("status"));
            assertTrue(database.getJsonObject("data").getString("error").contains("no answer"), ready.body());
            assertEquals("UP", anonymous.get("/health/live").json().getString("status"), "liveness has no dependencies");
        } finally {
            signal("CONT", postgres);
        }
        server.awaitReady(Duration.ofSeconds(30));
    }

    /**
     * The documents directory replaced by a plain file: readiness stays UP (the replica serves all but
     * document content), the documents check's details and the gauge say DOWN with the reason, UP
     * again once it is back.
     */
    @Test
    void readinessReportsDocumentStorageDownAndRecoversByItself() throws Exception {
        java.nio.file.Path documents = server.dataDir().resolve("documents");
        java.nio.file.Path aside = server.dataDir().resolve("documents-aside");
        java.nio.file.Files.createDirectories(documents);
        java.nio.file.Files.move(documents, aside);
        java.nio.file.Files.writeString(documents, "not a directory");
        Api anonymous = Api.anonymous(server);
        try {
            // The replica still serves everything but document content: it stays ready, the details say why.
            Api.Reply ready = anonymous.get("/health/ready");
            assertEquals(200, ready.status(), ready.body());
            JsonObject storage = check(ready.json(), "documents");
            assertEquals("UP", storage.getString("status"));
            assertEquals("DOWN", storage.getJsonObject("data").getString("state"), ready.body());
            assertTrue(storage.getJsonObject("data").getString("error").contains("documents"), ready.body());
            assertEquals(0.0, MetricsText.sum(MetricsText.application(server), "motovault_dependency_up",
                    java.util.Map.of("dependency", "documents")), "the gauge the alert watches");
        } finally {
            java.nio.file.Files.delete(documents);
            java.nio.file.Files.move(aside, documents);
        }
        assertEquals("UP", check(anonymous.get("/health/ready").json(), "documents").getJsonObject("data").getString("state"));
        assertEquals(1.0, MetricsText.sum(MetricsText.application(server), "motovault_dependency_up",
                java.util.Map.of("dependency", "documents")));
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private List<Long> postgresProcesses() throws IOException {
        Path pidFile = server.dataDir().resolve("postgres/postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(c -> pids.add(c.pid())));
        return pids;
    }

    private static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
