package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A large LubeLogger fuel file (issue 16): preview, import and export timed — not part of
 * the suite (its name ends in neither Test nor IT). Run it alone, with an import limit the file
 * fits in:
 *
 * <pre>mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark -Dit.import.max.bytes=67108864</pre>
 *
 * ({@code -Dimport.benchmark.rows=10000} for a shorter run.)
 *
 * One run each (after a 1,000-row warm-up import into another vehicle): the client's round trip
 * for the dry run, the import and the export; then the same file imported into a third vehicle
 * while the server's live heap is sampled once a second (a full collection forced with
 * {@code jcmd <pid> GC.run}, then the base metric {@code memory_usedHeap_bytes}), reported above
 * what it was just before. The report goes to stdout and target/benchmark/import.md.
 */
@ExtendWith(RunningServer.class)
class ImportBenchmark {

    /** The 100,000 rows unless {@code -Dimport.benchmark.rows} says otherwise. */
    private static final int ROWS = Integer.getInteger("import.benchmark.rows", 100_000);

    private final LibertyServer server;

    ImportBenchmark(LibertyServer server) {
        this.server = server;
    }

    @Test
    void aHundredThousandFillUpsArePreviewedImportedAndExported() throws Exception {
        Api person = Api.newUser(server, "bench-import");
        Api owner = person.withNewKey("EDITOR");
        long warmUp = vehicle(person);
        long vehicle = vehicle(person);
        assertEquals(200, post(owner, warmUp, fuelFile(1_000), false).statusCode());

        String file = fuelFile(ROWS);
        long start = System.nanoTime();
        HttpResponse<String> preview = post(owner, vehicle, file, true);
        long previewMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ImportBenchmark: preview of " + ROWS + " rows took " + previewMillis + " ms");
        assertEquals(200, preview.statusCode(), preview.body().substring(0, Math.min(500, preview.body().length())));

        start = System.nanoTime();
        HttpResponse<String> imported = post(owner, vehicle, file, false);
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ImportBenchmark: import took " + importMillis + " ms");
        assertEquals(200, imported.statusCode(), imported.body().substring(0, Math.min(500, imported.body().length())));

        // Memory, in a second import of the same file into another vehicle (not timed): the live heap
        // (used after a full collection, forced once a second) above what it was just before.
        long other = vehicle(person);
        long liveBefore = liveHeap();
        AtomicLong peak = new AtomicLong(liveBefore);
        AtomicBoolean importing = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (importing.get()) {
                try {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    Thread.sleep(1000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        HttpResponse<String> again = post(owner, other, file, false);
        importing.set(false);
        sampler.join();
        assertEquals(200, again.statusCode());
        long liveGrowth = peak.get() - liveBefore;
        System.out.println("ImportBenchmark: live heap +" + liveGrowth / 1_000_000 + " MB during an import");

        start = System.nanoTime();
        HttpResponse<byte[]> exported = owner.getBytes("/api/v1/vehicles/" + vehicle + "/exports/fuel.csv");
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, exported.statusCode());

        String report = String.format("""
                # Import benchmark (%,d fuel rows, %.1f MB)

                | step | time |
                |---|---|
                | preview (dryRun) | %,d ms |
                | import | %,d ms |
                | export | %,d ms (%.1f MB) |
                | live heap above the start during an import (after a full collection, sampled every second) | %.0f MB |
                """, ROWS, file.length() / 1e6, previewMillis, importMillis, exportMillis, exported.body().length / 1e6,
                liveGrowth / 1e6);
        System.out.println(report);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(dir.resolve("import.md"), report);
    }

    private static long vehicle(Api person) {
        return person.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> post(Api owner, long vehicle, String file, boolean dryRun) {
        HttpRequest.Builder request = owner.request("/api/v1/vehicles/" + vehicle + "/imports/fuel?locale=en-US"
                        + (dryRun ? "&dryRun=true" : "")).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8));
        return owner.send(request).raw();
    }

    /** LubeLogger's fuel layout, a fill-up a day from 1990 on, every odometer higher than the one before. */
    private static String fuelFile(int rows) {
        StringBuilder csv = new StringBuilder("Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,Notes,Tags\r\n");
        LocalDate date = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < rows; i++) {
            csv.append(date.plusDays(i)).append(',').append(1000 + 100L * i).append(",40.5,")
                    .append(i % 2 == 0 ? "60.75" : "\"1,060.75\"").append(",0,True,False,Row ").append(i).append(",bench\r\n");
        }
        return csv.toString();
    }

    /** The server's used heap right after a full collection ({@code jcmd <pid> GC.run}). */
    private long liveHeap() throws IOException, InterruptedException {
        Process gc = new ProcessBuilder("jcmd", Long.toString(server.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, gc.waitFor());
        return (long) MetricsText.sum(MetricsText.all(server), "memory_usedHeap_bytes", Map.of());
    }
}
