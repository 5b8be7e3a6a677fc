package com.motovaultpro.platform.health;

import com.motovaultpro.platform.redis.RedisConnection;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Redis answers a PING (cluster mode: sessions, the shared cache and rate limits live there).
 * Without Redis configured the check says so and is UP. Never takes longer than 1.5 s.
 */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements HealthCheck {

    static final Duration LIMIT = Duration.ofMillis(1500);

    @Inject
    RedisConnection redis;

    @Resource
    ManagedExecutorService executor;

    private final BoundedCheck<Boolean> check = new BoundedCheck<>(LIMIT);

    @Override
    public HealthCheckResponse call() {
        if (!redis.configured()) {
            return HealthCheckResponse.named("redis").up().withData("mode", "not configured (sessions and cache in process)").build();
        }
        return check.run(this::ping, executor).response("redis").build();
    }

    private Boolean ping() {
        return redis.ping(LIMIT.minusMillis(200));
    }
}
