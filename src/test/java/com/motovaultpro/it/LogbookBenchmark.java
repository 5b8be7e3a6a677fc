package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The logbook, dashboard and chart benchmark (issues 3 and 4) — not part of the suite (its name
 * ends in neither Test nor IT).
 * Run it alone:
 *
 * <pre>mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LogbookBenchmark</pre>
 *
 * It restarts the test server with Hibernate statistics on, loads one vehicle with 10,000 fill-ups
 * and 10,000 services (and a small vehicle with 100 of each, for comparison) straight into
 * PostgreSQL, then requests each view repeatedly. Server time is the access log's %D of each
 * request (found by its correlation id), so neither the client nor the network is counted;
 * statements are Hibernate's "JDBC statements executed" of the sessions the request opened. The
 * report goes to stdout and target/benchmark/logbook.md.
 */
@ExtendWith(RunningServer.class)
class LogbookBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 15;
    private static final Pattern EXECUTED = Pattern.compile("spent executing (\\d+) JDBC statements");

    private final LibertyServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    LogbookBenchmark(LibertyServer server) {
        this.server = server;
    }

    @Test
    void tenThousandFuelAndServiceRecords() throws Exception {
        server.restart(Map.of("JVM_ARGS", "-Dhibernate.generate_statistics=true -Dhibernate.session.events.log=true"));
        Api owner = Api.newUser(server, "bench");
        long big = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long small = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD.replace("MV-1234", "SMALL-1"))
                .json().getJsonNumber("id").longValue();
        seed(server, big, 10_000);
        seed(server, small, 100);

        String session;
        try (Browser browser = Browser.open(server)) {
            browser.signIn(owner.username());
            Cookie cookie = browser.driver().manage().getCookieNamed("MVPSESSION");
            session = cookie.getName() + "=" + cookie.getValue();
        }

        Map<String, String> views = new LinkedHashMap<>();
        for (long vehicle : new long[] {small, big}) {
            String size = vehicle == big ? "20k records" : "200 records";
            views.put("API fuel page 1 (" + size + ")", "/api/v1/vehicles/" + vehicle + "/fuel?page=0&size=50");
            views.put("API service page 1 (" + size + ")", "/api/v1/vehicles/" + vehicle + "/service?page=0&size=50");
            views.put("API service, tag filter (" + size + ")", "/api/v1/vehicles/" + vehicle + "/service?tag=oil");
            views.put("API economy series (" + size + ")", "/api/v1/vehicles/" + vehicle + "/economy");
            views.put("Page fuel tab (" + size + ")", "/vehicles/view.xhtml?id=" + vehicle + "&tab=fuel");
            views.put("Page service tab (" + size + ")", "/vehicles/view.xhtml?id=" + vehicle + "&tab=service");
            views.put("API dashboard (" + size + ")", "/api/v1/vehicles/" + vehicle + "/dashboard");
            views.put("API charts, all five (" + size + ")", "/api/v1/vehicles/" + vehicle + "/charts");
            views.put("Page dashboard tab (" + size + ")", "/vehicles/view.xhtml?id=" + vehicle + "&tab=dashboard");
            views.put("Page charts tab (" + size + ")", "/vehicles/view.xhtml?id=" + vehicle + "&tab=charts");
            views.put("API history PDF, one year (" + size + ")",
                    "/api/v1/vehicles/" + vehicle + "/report.pdf?from=2000-01-01&to=2000-12-31");
        }
        views.put("Page garage (both vehicles)", "/index.xhtml");
        views.put("API account (auth baseline)", "/api/v1/account");

        StringBuilder report = new StringBuilder("| view | server ms p50 | p95 | max | SQL statements |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, String> view : views.entrySet()) {
            boolean page = !view.getValue().startsWith("/api/");
            for (int i = 0; i < WARM_UP; i++) {
                call(view.getValue(), page ? session : null, owner);
            }
            List<Double> millis = new ArrayList<>();
            List<Integer> statements = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long logBefore = Files.size(server.messagesLog());
                String id = call(view.getValue(), page ? session : null, owner);
                millis.add(AccessLog.serverMillis(server, id));
                statements.add(statementsSince(logBefore));
            }
            Collections.sort(millis);
            report.append(String.format("| %s | %.1f | %.1f | %.1f | %s |%n", view.getKey(), millis.get(RUNS / 2),
                    millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1), range(statements)));
        }
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("logbook.md");
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    /** {@code count} fill-ups a day apart, odometer +500 each, every third one partial; as many services. */
    static void seed(LibertyServer server, long vehicle, int count) throws Exception {
        try (Connection db = TestDatabase.connect(server);
             Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO logbook_record (record_type, vehicle_id, record_date, tags, odometer, cost, quantity,"
                    + " full_tank, missed_previous, created_by, updated_by)"
                    + " SELECT 'FUEL', " + vehicle + ", DATE '1990-01-01' + i, ARRAY['trip']::varchar(40)[], 1000 + i * 500,"
                    + " 60 + (i % 7), 40 + (i % 5), i % 3 <> 0, false, 'bench', 'bench' FROM generate_series(1, " + count + ") i");
            sql.execute("INSERT INTO logbook_record (record_type, vehicle_id, record_date, tags, odometer, cost, description,"
                    + " created_by, updated_by)"
                    + " SELECT 'SERVICE', " + vehicle + ", DATE '1990-01-01' + i,"
                    + " CASE WHEN i % 10 = 0 THEN ARRAY['oil']::varchar(40)[] ELSE '{}' END, 1000 + i * 500,"
                    + " 80 + (i % 50), 'Service ' || i, 'bench', 'bench' FROM generate_series(1, " + count + ") i");
            sql.execute("ANALYZE logbook_record");
        }
    }

    /** One request with its own correlation id; fails the run on anything but 200. */
    private String call(String path, String sessionCookie, Api owner) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        HttpRequest.Builder request = sessionCookie == null ? owner.request(path)
                : HttpRequest.newBuilder(server.baseUri().resolve(URI.create(path))).header("Cookie", sessionCookie);
        if (path.contains(".pdf")) {
            request.setHeader("Accept", "application/pdf");
        }
        HttpResponse<byte[]> response = http.send(request.header("X-Correlation-ID", id).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return id;
    }

    /** JDBC statements of the Hibernate sessions logged since the log had {@code offset} bytes. */
    private int statementsSince(long offset) throws IOException, InterruptedException {
        Thread.sleep(50); // session metrics are logged when the session closes, just after the response
        byte[] all = Files.readAllBytes(server.messagesLog());
        String added = new String(all, (int) offset, all.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8);
        int total = 0;
        Matcher m = EXECUTED.matcher(added);
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }

    private static String range(List<Integer> values) {
        int min = Collections.min(values);
        int max = Collections.max(values);
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
