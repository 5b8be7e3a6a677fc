package com.motovaultpro.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code motovault_failed_login_attempts_total}: failed sign-ins, labelled by how they were tried
 * (form, basic, sso). A bounded label set: never a user name or address.
 */
@ApplicationScoped
public class FailedSignInCounter {

    static final String NAME = "motovault_failed_login_attempts";
    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Failed sign-in attempts (wrong credentials or refused by the provider)")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    public void increment(String method) {
        counter(method).inc();
    }

    Counter counter(String method) {
        return registry.counter(METADATA, new Tag("method", method));
    }
}
