package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast hostile numbers are refused (issue 15) — not part of the suite (its name ends in
 * neither Test nor IT). Run it alone:
 *
 * <pre>mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileInputBenchmark</pre>
 *
 * After 10 warm-up rounds, 30 rounds of four refusals each, one after the other, with an API
 * key: a small invalid body (the baseline: what any refused request costs), a 1,000,000-digit JSON
 * number, a 1,000,000-digit extra-field value and {@code 1e1000000} as an extra-field value. Reported per case: the server's own time for the request (access log %D,
 * from the first byte read to the last byte written, including reading the 1 MB body) and the
 * client's round trip, as median, 95th percentile and maximum. The report goes to stdout and
 * target/benchmark/hostile-input.md.
 */
@ExtendWith(RunningServer.class)
class HostileInputBenchmark {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 30;

    private final LibertyServer server;

    HostileInputBenchmark(LibertyServer server) {
        this.server = server;
    }

    private record Case(String name, String body) {
    }

    @Test
    void hostileNumbersAreRefusedQuickly() throws Exception {
        // An API key, not the password: Basic authentication hashes the password on every request
        // (on purpose, ~0.3 s), which would hide what the refusal itself costs.
        Api person = Api.newUser(server, "bench-hostile");
        String vehicle = "/api/v1/vehicles/" + person.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json()
                .getJsonNumber("id").longValue();
        assertEquals(201, person.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Price\",\"type\":\"DECIMAL\"}").status());
        Api owner = person.withNewKey("EDITOR");
        String digits = "9".repeat(1_000_000);
        String fuel = "{\"date\":\"2024-01-01\",\"odometer\":1000,\"quantity\":40";
        List<Case> cases = List.of(
                new Case("baseline: a small invalid body", fuel + ",\"fullTank\":\"yes\"}"),
                new Case("JSON number of 1,000,000 digits", fuel + ",\"cost\":" + digits + "}"),
                new Case("extra field of 1,000,000 digits", fuel + ",\"extraFields\":{\"Price\":\"" + digits + "\"}}"),
                new Case("extra field 1e1000000", fuel + ",\"extraFields\":{\"Price\":\"1e1000000\"}}"));
        List<List<Double>> serverMillis = new ArrayList<>();
        List<List<Double>> clientMillis = new ArrayList<>();
        cases.forEach(c -> {
            serverMillis.add(new ArrayList<>());
            clientMillis.add(new ArrayList<>());
        });
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            for (int i = 0; i < cases.size(); i++) {
                String id = "bench-" + UUID.randomUUID();
                long started = System.nanoTime();
                Api.Reply reply = owner.send(owner.request(vehicle + "/fuel").header("Content-Type", "application/json")
                        .header("X-Correlation-ID", id).POST(HttpRequest.BodyPublishers.ofString(cases.get(i).body())));
                double client = (System.nanoTime() - started) / 1e6;
                assertEquals(400, reply.status(), reply.body());
                if (round >= WARM_UP) {
                    clientMillis.get(i).add(client);
                    serverMillis.get(i).add(AccessLog.serverMillis(server, id));
                }
            }
        }
        StringBuilder report = new StringBuilder("| case | server median | server p95 | server max | client median |"
                + " client p95 |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < cases.size(); i++) {
            report.append(String.format("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", cases.get(i).name(),
                    percentile(serverMillis.get(i), 50), percentile(serverMillis.get(i), 95),
                    percentile(serverMillis.get(i), 100), percentile(clientMillis.get(i), 50),
                    percentile(clientMillis.get(i), 95)));
        }
        System.out.println(report);
        Path out = Path.of("target/benchmark/hostile-input.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }
}
