package com.motovaultpro.platform.redis;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.CacheSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redisson.api.redisnode.RedisNodes;

/**
 * Whether the HTTP session store answers (sessions in Redis only; in-process sessions always do).
 * Asked on every page request, so it pings at most once a second, with a short limit, and every
 * other request uses the last answer: an outage costs pages one quick check, never a hang.
 */
@ApplicationScoped
public class SessionStoreStatus {

    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long PING_LIMIT_MS = 300;

    @Inject
    AppSettings settings;

    @Inject
    RedisConnection redis;

    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;
    private volatile boolean answering = true;

    /** True while sessions live in Redis and Redis does not answer. */
    public boolean unavailable() {
        if (settings.cache().sessions() != CacheSettings.SessionStore.REDIS) {
            return false;
        }
        if (System.nanoTime() - checkedAt >= RECHECK_NANOS && checking.compareAndSet(false, true)) {
            try {
                answering = ping();
            } finally {
                checkedAt = System.nanoTime();
                checking.set(false);
            }
        }
        return !answering;
    }

    private boolean ping() {
        try {
            return redis.client().map(client -> client.getRedisNodes(RedisNodes.SINGLE).getInstance()
                    .ping(PING_LIMIT_MS, TimeUnit.MILLISECONDS)).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
