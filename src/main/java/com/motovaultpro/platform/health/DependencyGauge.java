package com.motovaultpro.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code motovault_dependency_up{dependency=…}}: 1 while a dependency the application degrades
 * without (Redis, document storage) answered its last readiness check, 0 while it does not. Such
 * outages keep the replica ready, so alerts watch this gauge, not readiness.
 */
@ApplicationScoped
public class DependencyGauge {

    static final String NAME = "motovault_dependency_up";
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withDescription("1 while the dependency (redis, documents) answered its last check, 0 while it does not").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private final Map<String, AtomicInteger> states = new ConcurrentHashMap<>();

    public void record(String dependency, boolean up) {
        states.computeIfAbsent(dependency, this::register).set(up ? 1 : 0);
    }

    private AtomicInteger register(String dependency) {
        AtomicInteger state = new AtomicInteger(1);
        registry.gauge(METADATA, state, AtomicInteger::get, new Tag("dependency", dependency));
        return state;
    }
}
