package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cache benchmark (issue 6) — not part of the suite (its name ends in neither Test nor IT).
 * Run it alone:
 *
 * <pre>mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CacheBenchmark</pre>
 *
 * 50 people, each with a vehicle of 200 records (100 fill-ups, 100 services). The test server runs
 * twice on the same data: with the cache switched off, and with the cache on and Redis (a real
 * redis-server) as its second level. Each run measures (1) the statements of 500 dashboard views
 * one after the other, and (2) 50 concurrent users for 40 s, each sending nine dashboard views for
 * every write (a fill-up): dashboard latency as the client sees it and as the server logs it
 * (access log %D), and statements per request.
 * Statements are the server's own counter, motovault_database_operations_total. The report goes to
 * stdout and target/benchmark/cache.md.
 */
@ExtendWith(RunningServer.class)
class CacheBenchmark {

    private static final String UNLIMITED = "MOTOVAULT_SECURITY_API_REQUESTS_PER_MINUTE";
    private static final int USERS = 50;
    private static final int SEQUENTIAL_VIEWS = 500;
    private static final Duration MIX = Duration.ofSeconds(40);

    private final LibertyServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8)).build();

    CacheBenchmark(LibertyServer server) {
        this.server = server;
    }

    private record Person(Api api, long vehicle) {
    }

    private record Result(String mode, double statementsPerView, double statementsPerMixRequest, int views, int writes,
                          double p50, double p95, double max, double serverP50, double serverP95, double viewsPerSecond) {
    }

    @Test
    void dashboardsWithAndWithoutTheCache() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            Api owner = Api.newUser(server, "cache-bench").withNewKey("MANAGER");
            long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            LogbookBenchmark.seed(server, vehicle, 100);
            people.add(new Person(owner, vehicle));
        }
        List<Result> results = new ArrayList<>();
        try (RedisTestServer redis = new RedisTestServer(9194).start()) {
            // No API rate limit in the way: 50 users send far more than 1000 requests a minute each.
            server.restart(Map.of("MOTOVAULT_CACHE_ENABLED", "false", UNLIMITED, "1000000"));
            results.add(run("cache off", people));
            server.restart(Map.of("MOTOVAULT_REDIS_URL", redis.url(), UNLIMITED, "1000000"));
            results.add(run("cache on (L1 + Redis)", people));
        } finally {
            server.restart(Map.of());
        }
        StringBuilder report = new StringBuilder("| mode | statements per dashboard view | statements per request (mix) "
                + "| dashboard views | writes | client p50 ms | client p95 ms | client max ms | server p50 ms | server p95 ms "
                + "| views/s |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            report.append(String.format("| %s | %.2f | %.2f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |%n", r.mode(),
                    r.statementsPerView(), r.statementsPerMixRequest(), r.views(), r.writes(), r.p50(), r.p95(), r.max(),
                    r.serverP50(), r.serverP95(), r.viewsPerSecond()));
        }
        double fewer = 100 * (1 - results.get(1).statementsPerView() / results.get(0).statementsPerView());
        double fewerMix = 100 * (1 - results.get(1).statementsPerMixRequest() / results.get(0).statementsPerMixRequest());
        report.append(String.format("%nStatements per dashboard view: %.1f %% fewer with the cache; per request of the mix: %.1f %% fewer.%n",
                fewer, fewerMix));
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("cache.md");
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    private Result run(String mode, List<Person> people) throws Exception {
        // Warm up: every dashboard once (fills the caches when on; JIT either way).
        for (Person p : people) {
            view(p);
            view(p);
        }
        double before = statements();
        for (int i = 0; i < SEQUENTIAL_VIEWS; i++) {
            view(people.get(i % people.size()));
        }
        double perView = (statements() - before) / SEQUENTIAL_VIEWS;

        double mixBefore = statements();
        Path accessLog = server.serverDir().resolve("logs/http_access.log");
        long logBefore = Files.size(accessLog);
        long end = System.nanoTime() + MIX.toNanos();
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<List<Double>>> timings = new ArrayList<>();
        int[] writes = new int[USERS];
        for (int u = 0; u < USERS; u++) {
            Person person = people.get(u);
            int index = u;
            timings.add(users.submit(() -> {
                List<Double> millis = new ArrayList<>();
                int step = ThreadLocalRandom.current().nextInt(10);
                while (System.nanoTime() < end) {
                    if (++step % 10 == 0) {
                        write(person, step);
                        writes[index]++;
                    } else {
                        long start = System.nanoTime();
                        view(person);
                        millis.add((System.nanoTime() - start) / 1_000_000.0);
                    }
                }
                return millis;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : timings) {
            all.addAll(f.get());
        }
        users.shutdown();
        int totalWrites = 0;
        for (int w : writes) {
            totalWrites += w;
        }
        double perRequest = (statements() - mixBefore) / (all.size() + totalWrites);
        Collections.sort(all);
        List<Double> server = serverMillis(accessLog, logBefore);
        return new Result(mode, perView, perRequest, all.size(), totalWrites, percentile(all, 50), percentile(all, 95),
                all.get(all.size() - 1), percentile(server, 50), percentile(server, 95), all.size() / (double) MIX.toSeconds());
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get((int) Math.ceil(sorted.size() * p / 100.0) - 1);
    }

    /** The server's own time (access log %D) of every dashboard view logged after {@code offset}, sorted. */
    private static List<Double> serverMillis(Path accessLog, long offset) throws IOException, InterruptedException {
        Thread.sleep(1000); // the access log is written just after each response
        byte[] all = Files.readAllBytes(accessLog);
        List<Double> millis = new ArrayList<>();
        for (String line : new String(all, (int) offset, all.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8)
                .split("\n")) {
            if (line.contains("\"GET /api/v1/vehicles/") && line.contains("/dashboard HTTP")) {
                String[] fields = line.split(" ");
                millis.add(Long.parseLong(fields[fields.length - 2]) / 1000.0);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private void view(Person person) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(person.api().request("/api/v1/vehicles/" + person.vehicle() + "/dashboard")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private void write(Person person, int step) throws IOException, InterruptedException {
        String body = "{\"date\":\"2024-01-01\",\"odometer\":" + (100_000 + step) + ",\"quantity\":40,\"fullTank\":true,\"cost\":60}";
        HttpResponse<String> response = http.send(person.api().request("/api/v1/vehicles/" + person.vehicle() + "/fuel")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    /**
     * The server's statement counter, all operations and tables, less the cache change log's poll:
     * one SELECT every 2 s whatever the traffic (CacheChangeDrain), no cost of a view or a write.
     */
    private double statements() {
        String metrics = MetricsText.application(server);
        return MetricsText.sum(metrics, "motovault_database_operations_total", Map.of())
                - MetricsText.sum(metrics, "motovault_database_operations_total",
                        Map.of("operation", "select", "table", "cache_change"));
    }
}
