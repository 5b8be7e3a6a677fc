package com.motovaultpro.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's access log, as the benchmarks read it. */
final class AccessLog {

    private AccessLog() {
    }

    /**
     * The server's own time for the request with this correlation id (%D, microseconds, second to
     * last on its line; the correlation id is last), in milliseconds. Lines are written
     * asynchronously: waits up to 5 s for it.
     */
    static double serverMillis(LibertyServer server, String correlationId) throws IOException, InterruptedException {
        Path log = server.serverDir().resolve("logs/http_access.log");
        for (int attempt = 0; attempt < 50; attempt++) {
            for (String line : Files.readAllLines(log)) {
                if (line.endsWith(correlationId)) {
                    String[] fields = line.split(" ");
                    return Long.parseLong(fields[fields.length - 2]) / 1000.0;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line for " + correlationId);
    }
}
