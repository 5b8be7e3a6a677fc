package com.motovaultpro.platform.cache;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.CacheSettings;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application's cache: L1 in this process (short TTL), L2 in Redis when configured (longer
 * TTL), for expensive reads. Every entry's key carries the current generation of the scopes its
 * data comes from (e.g. the vehicle), read from the shared store on each lookup: a committed
 * change replaces the generation ({@link CacheInvalidation}), so no replica can serve an entry
 * made before it. If Redis fails, lookups go straight to the database (and say so once in the log)
 * until it answers again; changes that could not be published are retried first.
 */
@ApplicationScoped
public class TwoLevelCache {

    private static final Logger LOG = Logger.getLogger(TwoLevelCache.class.getName());

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

    Clock clock = Clock.systemUTC();
    SharedStore store;
    LocalCache local;
    Outage outage;
    private final Set<String> unpublished = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        CacheSettings config = settings.cache();
        store = redis.client().<SharedStore>map(RedisStore::new).orElseGet(LocalStore::new);
        local = new LocalCache(config.localTtl(), config.localMaxEntries(), clock);
        outage = new Outage(OUTAGE_PAUSE, clock);
    }

    /**
     * The cached value for {@code params} of these scopes, or what {@code loader} reads (then
     * cached on both levels). {@code params} must name everything else the value depends on (the
     * caller's units, today's date, a year filter…).
     */
    public <T extends Serializable> T get(CacheName cache, List<String> scopes, String params, Class<T> type,
                                          Supplier<T> loader) {
        if (!settings.cache().enabled() || invalidation.pendingIn(scopes)) {
            return loader.get();
        }
        Optional<Map<String, String>> generations = generations(scopes);
        if (generations.isEmpty()) {
            return loader.get();
        }
        String key = cache.label() + ":" + String.join(",", generations.get().values()) + ":" + params;
        Optional<Object> near = local.get(key);
        if (near.isPresent() && type.isInstance(near.get())) {
            count(HITS_METADATA, cache, "local");
            return type.cast(near.get());
        }
        count(MISSES_METADATA, cache, "local");
        if (store.shared()) {
            Optional<T> far = shared(() -> store.get(key)).flatMap(bytes -> bytes.flatMap(b -> decoded(b, type)));
            if (far.isPresent()) {
                count(HITS_METADATA, cache, "redis");
                local.put(key, far.get());
                return far.get();
            }
            count(MISSES_METADATA, cache, "redis");
        }
        T value = loader.get();
        local.put(key, value);
        if (store.shared()) {
            byte[] bytes = ValueCodec.encode(value);
            shared(() -> {
                store.put(key, bytes, settings.cache().sharedTtl());
                return Boolean.TRUE;
            });
        }
        return value;
    }

    /** Publishes new generations for these scopes (called after the change committed). */
    void bump(Collection<String> scopes) {
        unpublished.addAll(scopes);
        publish();
    }

    /** Whether the shared store is failing right now (for readiness and logs). */
    public Optional<String> outageCause() {
        return Optional.ofNullable(outage.cause());
    }

    private boolean publish() {
        if (unpublished.isEmpty()) {
            return true;
        }
        List<String> scopes = List.copyOf(unpublished);
        Optional<Boolean> done = shared(() -> {
            store.bump(scopes);
            return Boolean.TRUE;
        });
        if (done.isPresent()) {
            unpublished.removeAll(scopes);
            return true;
        }
        return false;
    }

    /** The scopes' generations; empty while the store is failing or changes wait to be published. */
    private Optional<Map<String, String>> generations(List<String> scopes) {
        if (!publish()) {
            return Optional.empty();
        }
        return shared(() -> store.generations(scopes));
    }

    private <R> Optional<R> shared(Supplier<R> call) {
        if (!outage.worthTrying()) {
            return Optional.empty();
        }
        try {
            R result = call.get();
            if (outage.succeeded() == Outage.Change.ENDED) {
                LOG.info("Redis answers again: the shared cache is back in use");
            }
            return Optional.of(result);
        } catch (RuntimeException e) {
            if (outage.failed(e.getMessage()) == Outage.Change.STARTED) {
                LOG.warning("Redis does not answer (" + e.getMessage() + "): reads go to the database until it does");
            }
            return Optional.empty();
        }
    }

    private static <T> Optional<T> decoded(byte[] bytes, Class<T> type) {
        try {
            Object value = ValueCodec.decode(bytes);
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring an unreadable cache entry: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void count(Metadata metadata, CacheName cache, String level) {
        metrics.counter(metadata, new Tag("cache", cache.label()), new Tag("level", level)).inc();
    }
}
