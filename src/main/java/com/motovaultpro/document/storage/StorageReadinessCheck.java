package com.motovaultpro.document.storage;

import com.motovaultpro.platform.health.BoundedCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Document storage answers (the directory is writable; the bucket is reachable). DOWN with the
 * reason while it does not, UP again by itself once it does. Never takes longer than 1.5 s.
 */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements HealthCheck {

    static final Duration LIMIT = Duration.ofMillis(1500);

    @Inject
    GuardedStorage storage;

    @Resource
    ManagedExecutorService executor;

    private final BoundedCheck<Boolean> check = new BoundedCheck<>(LIMIT);

    @Override
    public HealthCheckResponse call() {
        BoundedCheck.Outcome<Boolean> outcome = check.run(() -> {
            storage.ping();
            return true;
        }, executor);
        return outcome.response("documents").withData("storage", storage.kind()).build();
    }
}
