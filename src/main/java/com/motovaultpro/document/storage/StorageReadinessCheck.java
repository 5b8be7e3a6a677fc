package com.motovaultpro.document.storage;

import com.motovaultpro.platform.health.BoundedCheck;
import com.motovaultpro.platform.health.DependencyGauge;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether document storage answers (the directory is writable; the bucket is reachable). Always
 * UP: without storage this replica still serves everything but document content (pages show the
 * documents as unavailable, uploads and downloads answer 503), so readiness must not take every
 * replica out at once. {@code state} says DOWN with the reason, and
 * {@code motovault_dependency_up{dependency="documents"}} is 0, for the alerts. Never takes longer
 * than 1.5 s.
 */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements HealthCheck {

    static final Duration LIMIT = Duration.ofMillis(1500);

    static final String WHILE_DOWN = "records and pages serve; document uploads and downloads answer 503";

    @Inject
    GuardedStorage storage;

    @Inject
    DependencyGauge gauge;

    @Resource
    ManagedExecutorService executor;

    private final BoundedCheck<Boolean> check = new BoundedCheck<>(LIMIT);

    @Override
    public HealthCheckResponse call() {
        BoundedCheck.Outcome<Boolean> outcome = check.run(() -> {
            storage.ping();
            return true;
        }, executor);
        gauge.record("documents", outcome.up());
        return outcome.degradableResponse("documents", WHILE_DOWN).withData("storage", storage.kind()).build();
    }
}
