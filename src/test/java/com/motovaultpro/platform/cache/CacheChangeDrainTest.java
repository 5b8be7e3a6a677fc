package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.platform.database.StartupState;
import com.motovaultpro.platform.redis.Outage;
import com.motovaultpro.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The drain's rules against a change log in memory: what it deletes, which rows it takes, and
 * when the replica may use its cache again.
 */
class CacheChangeDrainTest {

    /** The table: id → scope; {@code lastOlderThan} is the age the last drain asked for. */
    static final class TableInMemory extends CacheChangeLog {
        final Map<Long, String> rows = new LinkedHashMap<>();
        final List<Long> deletedAsGarbage = new ArrayList<>();
        Duration lastOlderThan;
        boolean broken;

        @Override
        public boolean drain(Collection<Long> announced, Duration olderThan, Predicate<Collection<String>> announce) {
            if (broken) {
                throw new IllegalStateException("database gone");
            }
            lastOlderThan = olderThan;
            deletedAsGarbage.addAll(announced);
            announced.forEach(rows::remove);
            if (rows.isEmpty()) {
                return true;
            }
            if (!announce.test(List.copyOf(rows.values()))) {
                return false;
            }
            rows.clear();
            return true;
        }
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final CacheLevelsTest.SharedMap redis = new CacheLevelsTest.SharedMap();
    private final CacheLevels levels = new CacheLevels(redis, new LocalCache(Duration.ofMinutes(5), 100, clock),
            new Outage(Duration.ofSeconds(3), clock, "reads go to the database", "back"), Duration.ofMinutes(30),
            (cache, level, hit) -> { });
    private final TableInMemory table = new TableInMemory();
    private final CacheChangeDrain drain = drain();

    private CacheChangeDrain drain() {
        CacheChangeDrain drain = new CacheChangeDrain();
        drain.cache = new TwoLevelCache() {
            @Override
            CacheLevels levels() {
                return levels;
            }

            @Override
            boolean shared() {
                return true;
            }
        };
        drain.log = table;
        drain.startup = new StartupState();
        drain.startup.completed("19");
        return drain;
    }

    @Test
    void rowsItsReplicaAnnouncedAreDeletedOnTheNextRunOnly() {
        table.rows.put(1L, "vehicle:1");
        drain.announced(List.of(1L));
        drain.run();
        assertEquals(List.of(1L), table.deletedAsGarbage);
        assertEquals(CacheChangeDrain.SETTLE, table.lastOlderThan, "normally only rows nobody announced for a while");
        drain.run();
        assertEquals(List.of(1L), table.deletedAsGarbage);
    }

    @Test
    void whileRedisDoesNotAnswerNothingIsTakenAndTheReplicaStopsTrustingItsCache() {
        table.rows.put(7L, "vehicle:1");
        drain.announced(List.of(3L));
        redis.down = true;
        drain.run();
        assertEquals(Map.of(7L, "vehicle:1"), table.rows);
        assertTrue(table.deletedAsGarbage.isEmpty());
        assertTrue(levels.catchingUp(), "the ping failed");

        redis.down = false;
        clock.advance(Duration.ofSeconds(3));
        String before = redis.generations(List.of("vehicle:1")).get("vehicle:1");
        drain.run();
        assertEquals(Duration.ZERO, table.lastOlderThan, "after a failure, rows of any age");
        assertTrue(table.rows.isEmpty());
        assertEquals(List.of(3L), table.deletedAsGarbage);
        assertFalse(before.equals(redis.generations(List.of("vehicle:1")).get("vehicle:1")), "announced");
        assertFalse(levels.catchingUp(), "the cache is used again");
    }

    @Test
    void aDrainThatFailsKeepsTheReplicaOffItsCacheAndItsGarbageForLater() {
        redis.down = true;
        drain.run();
        redis.down = false;
        clock.advance(Duration.ofSeconds(3));
        drain.announced(List.of(5L));
        table.broken = true;
        drain.run();
        assertTrue(levels.catchingUp());
        table.broken = false;
        drain.run();
        assertEquals(List.of(5L), table.deletedAsGarbage);
        assertFalse(levels.catchingUp());
    }
}
