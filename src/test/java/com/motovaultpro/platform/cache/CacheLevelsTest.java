package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.platform.redis.Outage;
import com.motovaultpro.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The cache's rules on two replicas sharing one store (an in-memory stand-in for Redis that can
 * be made to fail): where a lookup is answered, that a change is seen everywhere at once, and what
 * happens while the store fails.
 */
class CacheLevelsTest {

    /** What all replicas share; {@code down} makes every call fail as an unreachable Redis would. */
    static final class SharedMap implements SharedStore {
        final Map<String, String> generations = new ConcurrentHashMap<>();
        final Map<String, byte[]> values = new ConcurrentHashMap<>();
        boolean down;

        @Override
        public Map<String, String> generations(List<String> scopes) {
            check();
            Map<String, String> current = new LinkedHashMap<>();
            scopes.forEach(s -> current.put(s, generations.computeIfAbsent(s, k -> Generation.next())));
            return current;
        }

        @Override
        public void bump(Collection<String> scopes) {
            check();
            scopes.forEach(s -> generations.put(s, Generation.next()));
        }

        @Override
        public Optional<byte[]> get(String key) {
            check();
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, byte[] value, Duration ttl) {
            check();
            values.put(key, value);
        }

        @Override
        public void ping() {
            check();
        }

        @Override
        public boolean shared() {
            return true;
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
        }
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final SharedMap redis = new SharedMap();
    private final List<String> lookups = new ArrayList<>();
    private final CacheLevels a = replica("a");
    private final CacheLevels b = replica("b");
    /** The "database": what a load returns, and how many loads there were. */
    private String row = "v1";
    private final AtomicInteger loads = new AtomicInteger();

    private CacheLevels replica(String name) {
        return new CacheLevels(redis, new LocalCache(Duration.ofMinutes(5), 100, clock), new Outage(Duration.ofSeconds(3), clock, "reads go to the database", "the shared cache is back"),
                Duration.ofMinutes(30), (cache, level, hit) -> lookups.add(name + ":" + level + ":" + (hit ? "hit" : "miss")));
    }

    private String read(CacheLevels replica) {
        return replica.get("dashboard", List.of("vehicle:1"), "en|2024-01-01", String.class, () -> {
            loads.incrementAndGet();
            return row;
        });
    }

    @Test
    void theFirstReadLoadsTheNextAreAnsweredLocallyAndOtherReplicasFromRedis() {
        assertEquals("v1", read(a));
        assertEquals("v1", read(a));
        assertEquals("v1", read(b));
        assertEquals("v1", read(b));
        assertEquals(1, loads.get(), "one database read for four views");
        assertEquals(List.of("a:local:miss", "a:redis:miss", "a:local:hit", "b:local:miss", "b:redis:hit", "b:local:hit"),
                lookups);
    }

    @Test
    void aChangeIsSeenOnEveryReplicaAtOnce() {
        read(a);
        read(b);
        row = "v2";
        a.bump(List.of("vehicle:1"));
        assertEquals("v2", read(b), "B's own copy is not used after A's change");
        assertEquals("v2", read(a));
        assertEquals(2, loads.get());
    }

    @Test
    void otherScopesKeepTheirEntries() {
        read(a);
        a.bump(List.of("vehicle:2"));
        read(a);
        assertEquals(1, loads.get());
    }

    @Test
    void parametersAreSeparateEntries() {
        read(a);
        a.get("dashboard", List.of("vehicle:1"), "de|2024-01-01", String.class, () -> {
            loads.incrementAndGet();
            return "other units";
        });
        assertEquals(2, loads.get());
    }

    @Test
    void whileRedisFailsEveryReadGoesToTheDatabaseAndIsFresh() {
        read(a);
        read(b);
        redis.down = true;
        row = "v2";
        assertEquals("v2", read(a), "no stale local copy while generations cannot be read");
        assertEquals("v2", read(b));
        assertEquals(3, loads.get());
    }

    @Test
    void aChangeThatCouldNotBePublishedIsPublishedBeforeTheCacheIsUsedAgain() {
        read(a);
        read(b);
        redis.down = true;
        row = "v2";
        a.bump(List.of("vehicle:1"));
        redis.down = false;
        clock.advance(Duration.ofSeconds(3));
        assertEquals("v2", read(a), "A publishes its change first, then reads");
        assertEquals("v2", read(b), "so B does not serve its old copy either");
    }

    @Test
    void aBumpSaysWhetherItWasPublished() {
        redis.down = true;
        assertFalse(a.bump(List.of("vehicle:1")), "kept in the change log by the caller");
        redis.down = false;
        clock.advance(Duration.ofSeconds(3));
        assertTrue(a.bump(List.of("vehicle:1")));
    }

    @Test
    void aReplicaThatSawTheStoreFailReadsTheDatabaseUntilTheChangeLogIsDrained() {
        read(a);
        redis.down = true;
        assertFalse(a.reachable(), "A notices the outage without a request (its drain pings)");
        row = "v2"; // B commits meanwhile and cannot announce it (nor ever will: it dies)
        redis.down = false;
        clock.advance(Duration.ofSeconds(3));
        long mark = a.failures();
        assertTrue(a.reachable());
        assertTrue(a.catchingUp());
        assertEquals("v2", read(a), "not the entry made before B's change: Redis still has the old generation");
        assertEquals("v2", read(a));
        assertEquals(3, loads.get(), "no caching while catching up");

        assertTrue(a.announce(List.of("vehicle:1")), "the drain announces B's change from the log…");
        a.caughtUp(mark);
        assertFalse(a.catchingUp());
        assertEquals("v2", read(a));
        assertEquals("v2", read(a));
        assertEquals(4, loads.get(), "…and the cache is used again");
    }

    @Test
    void aDrainThatStartedBeforeAFailureDoesNotCatchUpWithIt() {
        long mark = a.failures();
        redis.down = true;
        read(a);
        redis.down = false;
        clock.advance(Duration.ofSeconds(3));
        a.caughtUp(mark);
        assertTrue(a.catchingUp());
        a.caughtUp(a.failures());
        assertFalse(a.catchingUp());
    }

    @Test
    void aReplicaThatSawNoFailureUsesTheCacheAsBefore() {
        read(b);
        read(b);
        assertFalse(b.catchingUp());
        assertEquals(1, loads.get());
    }

    @Test
    void anEntryOfAnotherTypeIsNotReturned() {
        read(a);
        Integer number = a.get("dashboard", List.of("vehicle:1"), "en|2024-01-01", Integer.class, () -> 7);
        assertEquals(7, number);
    }
}
