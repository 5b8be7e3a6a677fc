package com.motovaultpro.platform.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What all replicas share for the cache: the current generation of every scope (a vehicle, the
 * extra field definitions…) and the second-level values. A generation is a random token replaced
 * on every change, never a counter: a store that lost its data hands out fresh tokens, so no
 * replica can mistake an old entry for a current one.
 */
public interface SharedStore {

    /** The current generation of each scope, creating one for scopes that have none. */
    Map<String, String> generations(List<String> scopes);

    /** Gives each scope a new generation: every entry made under the old one is unreachable. */
    void bump(Collection<String> scopes);

    /** A second-level value, if there is one. */
    Optional<byte[]> get(String key);

    void put(String key, byte[] value, Duration ttl);

    /** Fails as any other call would if the store does not answer now. */
    void ping();

    /** Whether there is a second level at all (Redis) or only generations in this process. */
    boolean shared();
}
