package com.motovaultpro.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A server killed hard (kill -9, power loss of the JVM only) can leave its embedded PostgreSQL
 * running, holding the data directory. Stop that orphan cleanly so the next start succeeds.
 */
final class StalePostmaster {

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class.getName());

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle orphan = process.get();
        LOG.warning(() -> "Stopping an embedded PostgreSQL left running by an earlier server (pid " + orphan.pid() + ")");
        orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown, which keeps the data consistent
        try {
            orphan.onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("An earlier embedded PostgreSQL (pid " + orphan.pid() + ") did not stop", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
