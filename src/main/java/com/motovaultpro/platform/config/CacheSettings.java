package com.motovaultpro.platform.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Redis (cluster mode) and the application's two-level cache. Without a Redis URL everything stays
 * in this process: sessions in memory, the cache's first level only.
 */
public record CacheSettings(Optional<Redis> redis, SessionStore sessions, boolean enabled, Duration localTtl,
                            int localMaxEntries, Duration sharedTtl) {

    /** Where Liberty keeps HTTP sessions (server.xml includes sessions/&lt;store&gt;.xml). */
    public enum SessionStore {
        MEMORY,
        REDIS
    }

    /** A Redis server: redis://host:port or rediss://host:port (TLS). */
    public record Redis(URI url, Optional<String> password) {

        /** Keep the password out of logs. */
        @Override
        public String toString() {
            return "Redis[url=" + url + ", password=" + (password.isPresent() ? "(set)" : "(none)") + "]";
        }
    }
}
