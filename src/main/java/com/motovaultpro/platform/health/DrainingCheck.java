package com.motovaultpro.platform.health;

import com.motovaultpro.platform.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN once the server is draining before a graceful stop: liberty/bin/run-with-drain.sh (the
 * container's entrypoint) creates {@code motovault.drain.file} on SIGTERM and keeps the server
 * serving for a while, so load balancers stop sending new requests before Liberty stops listening.
 */
@Readiness
@ApplicationScoped
public class DrainingCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = ConfigKeys.DRAIN_FILE)
    Optional<String> drainFile;

    @Override
    public HealthCheckResponse call() {
        boolean draining = drainFile.map(Path::of).map(Files::exists).orElse(false);
        return HealthCheckResponse.named("draining").status(!draining)
                .withData("state", draining ? "stopping: finishing requests in flight" : "serving").build();
    }
}
