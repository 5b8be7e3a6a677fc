package com.motovaultpro.platform.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Runs a probe with a hard time limit. A hung dependency blocks only the probe's own thread; at
 * most one probe is in flight, so repeated health calls never pile up blocked threads.
 */
public final class BoundedCheck<T> {

    /** What a probe found: a value, or why there is none. */
    public record Outcome<T>(T value, String problem, long millis) {
        public boolean ok() {
            return problem == null;
        }

        /**
         * The health check response {@code name}: UP if the probe answered (and did not answer
         * {@code false}), with its latency, and the reason when DOWN.
         */
        public HealthCheckResponseBuilder response(String name) {
            boolean up = up();
            HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(up).withData("latencyMs", millis);
            if (!up) {
                response.withData("error", ok() ? "the check answered: not available" : problem);
            }
            return response;
        }

        /**
         * For a dependency this replica can serve without (Redis, document storage): always UP, so
         * readiness never takes a replica out for it; {@code state} says UP or DOWN, with the reason
         * and what the application does meanwhile ({@code degraded}).
         */
        public HealthCheckResponseBuilder degradableResponse(String name, String whileDown) {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(name).up()
                    .withData("state", up() ? "UP" : "DOWN").withData("latencyMs", millis);
            if (!up()) {
                response.withData("error", ok() ? "the check answered: not available" : problem)
                        .withData("degraded", whileDown);
            }
            return response;
        }

        /** The probe answered, and not with {@code false}. */
        public boolean up() {
            return ok() && !Boolean.FALSE.equals(value);
        }
    }

    private final Duration limit;
    private final AtomicReference<CompletableFuture<T>> inFlight = new AtomicReference<>();

    public BoundedCheck(Duration limit) {
        this.limit = limit;
    }

    public Outcome<T> run(Supplier<T> probe, Executor executor) {
        long start = System.nanoTime();
        CompletableFuture<T> previous = inFlight.get();
        CompletableFuture<T> mine = new CompletableFuture<>();
        // Claim the single slot atomically: two concurrent callers never both start a probe.
        if ((previous != null && !previous.isDone()) || !inFlight.compareAndSet(previous, mine)) {
            return new Outcome<>(null, "previous check still waiting for an answer", elapsed(start));
        }
        try {
            executor.execute(() -> {
                try {
                    mine.complete(probe.get());
                } catch (Throwable t) {
                    mine.completeExceptionally(t);
                }
            });
            return new Outcome<>(mine.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, elapsed(start));
        } catch (TimeoutException e) {
            return new Outcome<>(null, "no answer within " + limit.toMillis() + " ms", elapsed(start));
        } catch (ExecutionException e) {
            return new Outcome<>(null, describe(e.getCause() == null ? e : e.getCause()), elapsed(start));
        } catch (RejectedExecutionException e) {
            mine.completeExceptionally(e);
            return new Outcome<>(null, "no thread available for the check", elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, "interrupted", elapsed(start));
        }
    }

    /** The message, or the exception type when it has none ("null" tells an operator nothing). */
    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
