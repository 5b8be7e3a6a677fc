package com.motovaultpro.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first level: values in this process for a short time, at most {@code maxEntries} of them.
 * Entries are never "invalidated" here: their keys carry the generation they were made under, so a
 * change simply makes new keys; old entries age out.
 */
public class LocalCache {

    private record Entry(Object value, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public LocalCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public Optional<Object> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    public void put(String key, Object value) {
        if (entries.size() >= maxEntries) {
            makeRoom();
        }
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }

    public int size() {
        return entries.size();
    }

    /** Drops expired entries; if that frees too little, the oldest tenth (by expiry). */
    private void makeRoom() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !now.isBefore(e.expires()));
        if (entries.size() < maxEntries) {
            return;
        }
        int drop = Math.max(1, maxEntries / 10);
        Instant cutoff = entries.values().stream().map(Entry::expires).sorted().skip(drop - 1L).findFirst().orElse(now);
        Iterator<Entry> it = entries.values().iterator();
        while (it.hasNext()) {
            if (!it.next().expires().isAfter(cutoff)) {
                it.remove();
            }
        }
    }
}
