package com.motovaultpro.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Redis and the cache: everything in process by default, Redis by configuration alone. */
class AppSettingsCacheTest {

    private static AppSettings parse(String... pairs) {
        return MotovaultKeys.parse(pairs);
    }

    @Test
    void inProcessByDefault() {
        CacheSettings cache = parse().cache();
        assertTrue(cache.redis().isEmpty());
        assertEquals(CacheSettings.SessionStore.MEMORY, cache.sessions());
        assertTrue(cache.enabled());
        assertEquals(Duration.ofMinutes(5), cache.localTtl());
        assertEquals(10_000, cache.localMaxEntries());
        assertEquals(Duration.ofMinutes(30), cache.sharedTtl());
    }

    @Test
    void redisForSessionsAndCache() {
        CacheSettings cache = parse("redis.url", "redis://redis.data:6379", "redis.password", "s3cr3t",
                "sessions", "redis", "cache.local.ttl.seconds", "60", "cache.shared.ttl.seconds", "600",
                "cache.local.max.entries", "500", "cache.enabled", "FALSE").cache();
        assertEquals(URI.create("redis://redis.data:6379"), cache.redis().orElseThrow().url());
        assertEquals(Optional.of("s3cr3t"), cache.redis().orElseThrow().password());
        assertFalse(cache.redis().orElseThrow().toString().contains("s3cr3t"), "the password stays out of logs");
        assertEquals(CacheSettings.SessionStore.REDIS, cache.sessions());
        assertFalse(cache.enabled());
        assertEquals(Duration.ofSeconds(60), cache.localTtl());
        assertEquals(Duration.ofSeconds(600), cache.sharedTtl());
        assertEquals(500, cache.localMaxEntries());
    }

    @Test
    void aTlsUrlIsAccepted() {
        assertEquals("rediss", parse("redis.url", "rediss://redis.example:6380").cache().redis().orElseThrow().url().getScheme());
    }

    @ParameterizedTest(name = "{0}={1} is refused naming {2}")
    @CsvSource(delimiter = '|', value = {
        "redis.url|http://redis:6379|motovault.redis.url",
        "redis.url|redis://|motovault.redis.url",
        "redis.url|localhost:6379|motovault.redis.url",
        "sessions|redis|motovault.redis.url",
        "sessions|database|motovault.sessions",
        "cache.enabled|yes|motovault.cache.enabled",
        "cache.local.ttl.seconds|0|motovault.cache.local.ttl.seconds",
        "cache.local.max.entries|5|motovault.cache.local.max.entries",
        "cache.shared.ttl.seconds|soon|motovault.cache.shared.ttl.seconds",
    })
    void badValuesStopStartupNamingTheKey(String key, String value, String named) {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> parse(key, value));
        assertTrue(refused.problems().stream().anyMatch(p -> p.key().equals(named)), refused.getMessage());
    }
}
