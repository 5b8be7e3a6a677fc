package com.motovaultpro.platform.redis;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.CacheSettings;
import com.motovaultpro.platform.health.CachedProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Whether the HTTP session store answers (sessions in Redis only; in-process sessions always do).
 * Asked on every page request, so it pings at most once a second with a short limit, and every
 * other request uses the last answer: an outage costs pages one quick check, never a hang.
 */
@ApplicationScoped
public class SessionStoreStatus {

    static final long PING_LIMIT_MS = 300;

    @Inject
    AppSettings settings;

    @Inject
    RedisConnection redis;

    private final CachedProbe probe = new CachedProbe(this::ping, TimeUnit.SECONDS.toNanos(1), System::nanoTime);

    /** True while sessions live in Redis and Redis does not answer. */
    public boolean unavailable() {
        return settings.cache().sessions() == CacheSettings.SessionStore.REDIS && !probe.up();
    }

    /** A request saw the store fail: pages get the outage page at once until the next check. */
    public void failed() {
        probe.down();
    }

    private boolean ping() {
        return redis.ping(java.time.Duration.ofMillis(PING_LIMIT_MS));
    }
}
