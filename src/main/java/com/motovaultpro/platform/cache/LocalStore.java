package com.motovaultpro.platform.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One server without Redis: generations in this process, no second level. */
public class LocalStore implements SharedStore {

    private final ConcurrentMap<String, String> generations = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> generations(List<String> scopes) {
        Map<String, String> current = new LinkedHashMap<>();
        for (String scope : scopes) {
            current.put(scope, generations.computeIfAbsent(scope, s -> Generation.next()));
        }
        return current;
    }

    @Override
    public void bump(Collection<String> scopes) {
        scopes.forEach(scope -> generations.put(scope, Generation.next()));
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.empty();
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        // no second level
    }

    @Override
    public void ping() {
        // always here
    }

    @Override
    public boolean shared() {
        return false;
    }
}
