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
 * Whether Redis answers a PING (cluster mode: sessions, the shared cache and rate limits live
 * there). Always UP: without Redis this replica still serves the API (cache and counters fall back
 * to the database and the process) and pages answer "back in a moment", so readiness must not take
 * every replica out at once. {@code state} says DOWN with the reason, and
 * {@code motovault_dependency_up{dependency="redis"}} is 0, for the alerts. Without Redis configured
 * the check says so. Never takes longer than 1.5 s.
 */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements HealthCheck {

    static final Duration LIMIT = Duration.ofMillis(1500);

    static final String WHILE_DOWN = "API serves from the database; pages answer 503 \"back in a moment\" (sessions live in Redis)";

    @Inject
    RedisConnection redis;

    @Inject
    DependencyGauge gauge;

    @Resource
    ManagedExecutorService executor;

    private final BoundedCheck<Boolean> check = new BoundedCheck<>(LIMIT);

    @Override
    public HealthCheckResponse call() {
        if (!redis.configured()) {
            return HealthCheckResponse.named("redis").up().withData("mode", "not configured (sessions and cache in process)").build();
        }
        BoundedCheck.Outcome<Boolean> outcome = check.run(this::ping, executor);
        gauge.record("redis", outcome.up());
        return outcome.degradableResponse("redis", WHILE_DOWN).build();
    }

    private Boolean ping() {
        return redis.ping(LIMIT.minusMillis(200));
    }
}
