package com.motovaultpro.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A probe gets a hard time limit, and a hung probe is never joined by a second one. */
class BoundedCheckTest {

    private static final Duration LIMIT = Duration.ofMillis(200);

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final BoundedCheck<String> check = new BoundedCheck<>(LIMIT);

    @AfterEach
    void stopProbes() throws InterruptedException {
        release.countDown();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "probe threads leaked");
    }

    /** Blocks until the test releases it (at the latest when the test ends). */
    private Supplier<String> hangingProbe(AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        };
    }

    @Test
    void fastProbeReturnsItsValue() {
        BoundedCheck.Outcome<String> outcome = check.run(() -> "up", executor);

        assertTrue(outcome.ok());
        assertEquals("up", outcome.value());
        assertNull(outcome.problem());
    }

    @Test
    void hangingProbeIsCutOffAtTheLimit() {
        BoundedCheck.Outcome<String> outcome = check.run(hangingProbe(new AtomicInteger()), executor);

        assertFalse(outcome.ok());
        assertNull(outcome.value());
        assertTrue(outcome.problem().contains("no answer within 200 ms"), outcome.problem());
        assertTrue(outcome.millis() >= 200 && outcome.millis() < 2000, () -> outcome.millis() + " ms");
    }

    @Test
    void whileAProbeHangsTheNextRunAnswersAtOnceWithoutStartingAnother() {
        AtomicInteger calls = new AtomicInteger();
        check.run(hangingProbe(calls), executor);

        long start = System.nanoTime();
        BoundedCheck.Outcome<String> second = check.run(hangingProbe(calls), executor);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertFalse(second.ok());
        assertTrue(second.problem().contains("previous check still waiting"), second.problem());
        assertTrue(millis < LIMIT.toMillis(), () -> "second run took " + millis + " ms");
        assertEquals(1, calls.get(), "a second probe was started");
    }

    @Test
    void onceTheHungProbeAnswersChecksRunAgain() throws InterruptedException {
        check.run(hangingProbe(new AtomicInteger()), executor);
        release.countDown();

        BoundedCheck.Outcome<String> outcome = check.run(() -> "up", executor);
        for (int i = 0; i < 100 && !outcome.ok(); i++) {   // the released probe needs a moment to finish
            Thread.sleep(20);
            outcome = check.run(() -> "up", executor);
        }
        assertEquals("up", outcome.value());
    }

    @Test
    void throwingProbeReportsItsMessage() {
        BoundedCheck.Outcome<String> outcome = check.run(() -> {
            throw new IllegalStateException("connection refused");
        }, executor);

        assertFalse(outcome.ok());
        assertEquals("connection refused", outcome.problem());
    }

    @Test
    void upOnlyWhenTheProbeAnsweredAndNotWithFalse() {
        assertTrue(new BoundedCheck.Outcome<>(true, null, 1).up());
        assertTrue(new BoundedCheck.Outcome<>("answer", null, 1).up());
        assertFalse(new BoundedCheck.Outcome<>(false, null, 1).up(), "PING answered: not available");
        assertFalse(new BoundedCheck.Outcome<Boolean>(null, "no answer within 1500 ms", 1500).up());
    }

    @Test
    void throwingProbeWithoutMessageReportsItsType() {
        BoundedCheck.Outcome<String> outcome = check.run(() -> {
            throw new IllegalStateException();
        }, executor);

        assertEquals("IllegalStateException", outcome.problem());
    }

    /**
     * Two callers at the same moment: the second one must not start its own probe while the
     * first one's has not been handed to the executor yet.
     */
    @Test
    void concurrentCallersStartOnlyOneProbe() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch secondCallerDone = new CountDownLatch(1);
        Executor slowToStart = task -> {
            try {
                secondCallerDone.await(2, TimeUnit.SECONDS); // the first probe is claimed but not running yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor.execute(task);
        };
        var first = executor.submit(() -> check.run(hangingProbe(calls), slowToStart));
        Thread.sleep(100);
        BoundedCheck.Outcome<String> second = check.run(hangingProbe(calls), executor);
        secondCallerDone.countDown();
        first.get(5, TimeUnit.SECONDS);

        assertTrue(second.problem().contains("previous check still waiting"), second.problem());
        assertEquals(1, calls.get(), "probes started");
    }
}
