package com.motovaultpro.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The process answers. Deliberately no dependency checks: a database outage must make the
 * pod unready, not get it restarted.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        return HealthCheckResponse.named("process").up()
                .withData("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
                .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
