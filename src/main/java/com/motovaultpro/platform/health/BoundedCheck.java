package com.motovaultpro.platform.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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
    }

    private final Duration limit;
    private final AtomicReference<CompletableFuture<T>> inFlight = new AtomicReference<>();

    public BoundedCheck(Duration limit) {
        this.limit = limit;
    }

    public Outcome<T> run(Supplier<T> probe, Executor executor) {
        long start = System.nanoTime();
        CompletableFuture<T> running = inFlight.get();
        if (running != null && !running.isDone()) {
            return new Outcome<>(null, "previous check still waiting for an answer", elapsed(start));
        }
        CompletableFuture<T> future = CompletableFuture.supplyAsync(probe, executor);
        inFlight.set(future);
        try {
            return new Outcome<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, elapsed(start));
        } catch (TimeoutException e) {
            return new Outcome<>(null, "no answer within " + limit.toMillis() + " ms", elapsed(start));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome<>(null, String.valueOf(cause.getMessage()), elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, "interrupted", elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
