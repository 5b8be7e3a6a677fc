package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop under load, as the container runs it (liberty/bin/run-with-drain.sh, the image's
 * entrypoint): on SIGTERM readiness goes DOWN at once while the server keeps serving; the test
 * plays the load balancer, sending users' requests only while readiness is UP; no request fails,
 * and the process ends by itself.
 */
class GracefulShutdownIT {

    private static final int USERS = 8;
    private static final int DRAIN_SECONDS = 4;

    @Test
    void noRequestFailsWhileTheServerStops() throws Exception {
        // Every fixed port below Linux's ephemeral range (32768-60999): 54362 was once held by an
        // outgoing connection of another test, and the embedded database could not start.
        LibertyServer server = new LibertyServer("motovault-stop", Path.of("target/graceful-it"), 9282, 9645, 25462);
        server.prepareFresh();
        Path work = java.nio.file.Files.createDirectories(Path.of("target/graceful-it-run"));
        Map<String, String> env = new HashMap<>(server.environment());
        env.put("MOTOVAULT_DRAIN_SECONDS", Integer.toString(DRAIN_SECONDS));
        env.put("MOTOVAULT_DRAIN_FILE", work.resolve("draining").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder("liberty/bin/run-with-drain.sh",
                server.wlpDir().resolve("bin/server").toString(), "run", server.name())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("run.log").toFile()));
        builder.environment().putAll(env);
        Process running = builder.start();
        try {
            server.awaitReady(Duration.ofSeconds(120));
            Api owner = Api.newUser(server, "stop").withNewKey("MANAGER");
            long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
            String dashboard = "/api/v1/vehicles/" + vehicle + "/dashboard";

            AtomicBoolean routable = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                load.add(users.submit(() -> {
                    while (routable.get()) {
                        try {
                            Api.Reply reply = owner.get(dashboard);
                            if (reply.status() == 200) {
                                answered.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                                failures.add("status " + reply.status());
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            failures.add(e.getMessage());
                        }
                    }
                }));
            }
            Thread.sleep(1500);
            int beforeStop = answered.get();

            // The kubelet's probe: HTTP/1.1, one second to answer.
            HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(1)).build();
            long stopAt = System.nanoTime();
            running.destroy(); // SIGTERM, as Kubernetes sends it
            AtomicLong downAfter = new AtomicLong(-1);
            while (downAfter.get() < 0 && System.nanoTime() - stopAt < Duration.ofSeconds(10).toNanos()) {
                if (readiness(probe, server) != 200) {
                    downAfter.set((System.nanoTime() - stopAt) / 1_000_000);
                    routable.set(false); // the load balancer takes the replica out
                }
                Thread.sleep(100);
            }
            routable.set(false);
            for (Future<?> f : load) {
                f.get(60, TimeUnit.SECONDS);
            }
            users.shutdown();
            assertTrue(running.waitFor(DRAIN_SECONDS + 40, TimeUnit.SECONDS), "the process ends by itself");
            long stoppedAfter = (System.nanoTime() - stopAt) / 1_000_000;

            System.out.printf("graceful stop: readiness DOWN after %d ms, process ended after %d ms, %d requests answered"
                    + " (%d during the stop), %d failed%n", downAfter.get(), stoppedAfter, answered.get(),
                    answered.get() - beforeStop, failed.get());
            assertTrue(downAfter.get() >= 0 && downAfter.get() < 2000, "readiness DOWN at once: " + downAfter.get() + " ms");
            assertTrue(answered.get() > beforeStop, "requests were served during the stop");
            assertEquals(0, failed.get(), "no request failed: " + failures);
            assertTrue(stoppedAfter >= DRAIN_SECONDS * 1000L, "the server kept serving for the drain period");
        } finally {
            if (running.isAlive()) {
                running.destroyForcibly();
            }
            server.stop();
        }
    }

    private static int readiness(HttpClient probe, LibertyServer server) throws InterruptedException {
        try {
            return probe.send(HttpRequest.newBuilder(server.baseUri().resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
