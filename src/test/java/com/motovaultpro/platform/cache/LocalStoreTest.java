package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generations in one process: stable until a change, then new; no second level. */
class LocalStoreTest {

    private final LocalStore store = new LocalStore();

    @Test
    void aScopeKeepsItsGenerationUntilItChanges() {
        Map<String, String> first = store.generations(List.of("vehicle:1", "vehicle:2"));
        assertEquals(first, store.generations(List.of("vehicle:1", "vehicle:2")));
        store.bump(List.of("vehicle:1"));
        Map<String, String> after = store.generations(List.of("vehicle:1", "vehicle:2"));
        assertNotEquals(first.get("vehicle:1"), after.get("vehicle:1"));
        assertEquals(first.get("vehicle:2"), after.get("vehicle:2"), "other scopes keep theirs");
    }

    @Test
    void hasNoSecondLevel() {
        store.put("k", new byte[] {1}, java.time.Duration.ofMinutes(1));
        assertTrue(store.get("k").isEmpty());
        assertFalse(store.shared());
    }
}
