package com.motovaultpro.platform.cache;

import com.motovaultpro.platform.redis.Outage;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The two levels and their rules, without the container: look in this process, then in the shared
 * store, then load and keep on both. Keys carry the scopes' current generations, read before the
 * load; a failing shared store means "load from the database" (told once per outage), and a change
 * that could not be published yet means no caching at all until it is.
 */
public class CacheLevels {

    private static final Logger LOG = Logger.getLogger(CacheLevels.class.getName());

    /** Counts lookups: cache label, level ("local" or "redis"), hit or not. */
    public interface Counter {
        void count(String cache, String level, boolean hit);
    }

    private final SharedStore store;
    private final LocalCache local;
    private final Outage outage;
    private final Duration sharedTtl;
    private final Counter counter;
    private final Set<String> unpublished = ConcurrentHashMap.newKeySet();

    public CacheLevels(SharedStore store, LocalCache local, Outage outage, Duration sharedTtl, Counter counter) {
        this.store = store;
        this.local = local;
        this.outage = outage;
        this.sharedTtl = sharedTtl;
        this.counter = counter;
    }

    public <T extends Serializable> T get(String cache, List<String> scopes, String params, Class<T> type,
                                          Supplier<T> loader) {
        return find(cache, scopes, params, type, () -> Optional.of(loader.get())).orElseThrow();
    }

    /**
     * Like {@link #get}, for lookups that may find nothing: only what is found is cached (an
     * unknown key someone sends costs a database read each time, never cache memory).
     */
    public <T extends Serializable> Optional<T> find(String cache, List<String> scopes, String params, Class<T> type,
                                                     Supplier<Optional<T>> loader) {
        Optional<Map<String, String>> generations = generations(scopes);
        if (generations.isEmpty()) {
            return loader.get();
        }
        String key = cache + ":" + String.join(",", generations.get().values()) + ":" + params;
        Optional<Object> near = local.get(key);
        if (near.isPresent() && type.isInstance(near.get())) {
            counter.count(cache, "local", true);
            return Optional.of(type.cast(near.get()));
        }
        counter.count(cache, "local", false);
        if (store.shared()) {
            Optional<T> far = shared(() -> store.get(key)).flatMap(bytes -> bytes.flatMap(b -> decoded(b, type)));
            if (far.isPresent()) {
                counter.count(cache, "redis", true);
                local.put(key, far.get());
                return far;
            }
            counter.count(cache, "redis", false);
        }
        Optional<T> value = loader.get();
        value.ifPresent(found -> keep(key, found));
        return value;
    }

    private void keep(String key, Serializable value) {
        local.put(key, value);
        if (store.shared()) {
            byte[] bytes = ValueCodec.encode(value);
            shared(() -> {
                store.put(key, bytes, sharedTtl);
                return Boolean.TRUE;
            });
        }
    }

    /** Publishes new generations for these scopes; kept and retried first if the store fails. */
    public void bump(Collection<String> scopes) {
        unpublished.addAll(scopes);
        publish();
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
        done.ifPresent(ok -> unpublished.removeAll(scopes));
        return done.isPresent();
    }

    private Optional<Map<String, String>> generations(List<String> scopes) {
        if (!publish()) {
            return Optional.empty();
        }
        return shared(() -> store.generations(scopes));
    }

    private <R> Optional<R> shared(Supplier<R> call) {
        return outage.attempt(call);
    }

    private static <T> Optional<T> decoded(byte[] bytes, Class<T> type) {
        try {
            Object value = ValueCodec.decode(bytes);
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.warning("Ignoring an unreadable cache entry: " + e.getMessage());
            return Optional.empty();
        }
    }
}
