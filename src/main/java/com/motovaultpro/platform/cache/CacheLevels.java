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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The two levels and their rules, without the container: look in this process, then in the shared
 * store, then load and keep on both. Keys carry the scopes' current generations, read before the
 * load; a failing shared store means "load from the database" (told once per outage), and a change
 * that could not be published yet means no caching at all until it is.
 *
 * <p>Once this replica has seen the shared store fail, it does not trust it again until the
 * change log has been drained after the failure ({@link #failures}, {@link #caughtUp}): another
 * replica may have committed a change it could not announce meanwhile, and only the database
 * knows. Until then lookups go to the database, as during the outage itself.
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
    /** Failed or skipped shared store calls so far; the cache is used while all are caught up. */
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong caughtUpTo = new AtomicLong();

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

    /**
     * Publishes new generations for these scopes; kept and retried first if the store fails.
     *
     * @return whether they are published now
     */
    public boolean bump(Collection<String> scopes) {
        // Published by this call or not at all: another thread's publish() may be about to drop
        // the same scope from the set, so the set cannot answer for this change.
        if (announce(scopes)) {
            return true;
        }
        unpublished.addAll(scopes);
        return false;
    }

    /**
     * Publishes new generations for these scopes once, remembering nothing if that fails (the
     * change log keeps them).
     */
    public boolean announce(Collection<String> scopes) {
        return shared(() -> {
            store.bump(scopes);
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Whether the shared store answers now (this replica's unpublished changes published first). */
    public boolean reachable() {
        return publish() && shared(() -> {
            store.ping();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A mark to pass to {@link #caughtUp} once a drain that starts now has ended well. */
    public long failures() {
        return failures.get();
    }

    /**
     * The change log was drained, with the shared store answering, after every failure up to
     * {@code mark}: lookups may use the cache again unless it failed since.
     */
    public void caughtUp(long mark) {
        caughtUpTo.accumulateAndGet(mark, Math::max);
    }

    /** Whether failures were seen that no drain has caught up with yet. */
    public boolean catchingUp() {
        return caughtUpTo.get() < failures.get();
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
        if (!publish() || catchingUp()) {
            return Optional.empty();
        }
        return shared(() -> store.generations(scopes));
    }

    private <R> Optional<R> shared(Supplier<R> call) {
        Optional<R> result = outage.attempt(call);
        if (result.isEmpty()) {
            failures.incrementAndGet();
        }
        return result;
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
