package com.motovaultpro.platform.cache;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.CacheSettings;
import com.motovaultpro.platform.metrics.TaggedMeters;
import com.motovaultpro.platform.redis.Outage;
import com.motovaultpro.platform.redis.RedisConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application's cache for expensive reads: L1 in this process (short TTL), L2 in Redis when
 * configured (longer TTL); see {@link CacheLevels} for the rules. Every entry's key carries the
 * current generation of the scopes its data comes from (e.g. the vehicle), read from the shared
 * store on each lookup; a committed change replaces the generation ({@link CacheInvalidation}), so
 * no replica can serve an entry made before it. Counts hits and misses per cache and level.
 */
@ApplicationScoped
public class TwoLevelCache {

    static final String HITS = "motovault_cache_hits";
    static final String MISSES = "motovault_cache_misses";
    private static final Metadata HITS_METADATA = Metadata.builder().withName(HITS)
            .withDescription("Cache lookups answered, by cache and level (local = this process, redis = shared)").build();
    private static final Metadata MISSES_METADATA = Metadata.builder().withName(MISSES)
            .withDescription("Cache lookups not answered, by cache and level; a redis miss goes to the database").build();

    /** How long a failed shared store is left alone before it is tried again. */
    static final Duration OUTAGE_PAUSE = Duration.ofSeconds(3);

    @Inject
    AppSettings settings;

    @Inject
    RedisConnection redis;

    @Inject
    CacheInvalidation invalidation;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private CacheLevels levels;
    private boolean shared;
    private TaggedMeters<Counter> hits;
    private TaggedMeters<Counter> misses;

    @PostConstruct
    void init() {
        hits = new TaggedMeters<>(tags -> metrics.counter(HITS_METADATA, tags), "cache", "level");
        misses = new TaggedMeters<>(tags -> metrics.counter(MISSES_METADATA, tags), "cache", "level");
        CacheSettings config = settings.cache();
        Clock clock = Clock.systemUTC();
        SharedStore store = redis.client().<SharedStore>map(RedisStore::new).orElseGet(LocalStore::new);
        shared = store.shared();
        levels = new CacheLevels(store, new LocalCache(config.localTtl(), config.localMaxEntries(), clock),
                new Outage(OUTAGE_PAUSE, clock,
                "reads go to the database", "the shared cache is back in use"), config.sharedTtl(), this::count);
    }

    /**
     * The cached value for {@code params} of these scopes, or what {@code loader} reads (then
     * cached on both levels). {@code params} must name everything else the value depends on (the
     * caller's units, today's date, a year filter…). Inside a transaction that changed one of the
     * scopes the cache is bypassed: nothing uncommitted is ever cached.
     */
    public <T extends Serializable> T get(CacheName cache, List<String> scopes, String params, Class<T> type,
                                          Supplier<T> loader) {
        return find(cache, scopes, params, type, () -> Optional.of(loader.get())).orElseThrow();
    }

    /** Like {@link #get} for lookups that may find nothing; only what is found is cached. */
    public <T extends Serializable> Optional<T> find(CacheName cache, List<String> scopes, String params,
                                                               Class<T> type, Supplier<Optional<T>> loader) {
        if (!settings.cache().enabled() || invalidation.pendingIn(scopes)) {
            return loader.get();
        }
        return levels.find(cache.label(), scopes, params, type, loader);
    }

    /** Publishes new generations for these scopes (called after the change committed); whether that worked. */
    boolean bump(Collection<String> scopes) {
        return levels.bump(scopes);
    }

    /**
     * Whether replicas share the generations (Redis): only then can a change go unannounced, so
     * only then is it written to the change log.
     */
    boolean shared() {
        return shared;
    }

    CacheLevels levels() {
        return levels;
    }

    private void count(String cache, String level, boolean hit) {
        (hit ? hits : misses).with(cache, level).inc();
    }
}
