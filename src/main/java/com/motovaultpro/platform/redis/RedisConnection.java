package com.motovaultpro.platform.redis;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.CacheSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The application's one Redis client (cluster mode), when {@code motovault.redis.url} is set.
 * Created lazily and without connecting first, so a Redis that is down at startup delays nothing:
 * every use fails fast until it answers, and the client reconnects by itself.
 */
@ApplicationScoped
public class RedisConnection {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class.getName());

    /** How long one command may take before it counts as failed (Redis answers in well under 1 ms). */
    static final int COMMAND_TIMEOUT_MS = 500;

    @Inject
    AppSettings settings;

    private RedissonClient client;

    public boolean configured() {
        return settings.cache().redis().isPresent();
    }

    /** The client, or empty when Redis is not configured. */
    public synchronized Optional<RedissonClient> client() {
        Optional<CacheSettings.Redis> redis = settings.cache().redis();
        if (redis.isEmpty()) {
            return Optional.empty();
        }
        if (client == null) {
            client = Redisson.create(config(redis.get()));
            LOG.info(() -> "Redis client for " + redis.get().url().getHost() + ":" + redis.get().url().getPort() + " created");
        }
        return Optional.of(client);
    }

    /** Whether Redis answers a PING within {@code limit}; false when it is not configured or does not. */
    public boolean ping(java.time.Duration limit) {
        return client().map(c -> c.getRedisNodes(org.redisson.api.redisnode.RedisNodes.SINGLE).getInstance()
                .ping(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).orElse(false);
    }

    static Config config(CacheSettings.Redis redis) {
        Config config = new Config();
        config.setLazyInitialization(true);
        config.setThreads(4);
        config.setNettyThreads(8);
        config.useSingleServer()
                .setAddress(redis.url().toString())
                .setPassword(redis.password().orElse(null))
                .setConnectTimeout(2000)
                .setTimeout(COMMAND_TIMEOUT_MS)
                .setRetryAttempts(0)
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(32)
                .setSubscriptionConnectionMinimumIdleSize(0)
                .setPingConnectionInterval(5000);
        return config;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            try {
                client.shutdown();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Redis client did not shut down cleanly", e);
            }
            client = null;
        }
    }
}
