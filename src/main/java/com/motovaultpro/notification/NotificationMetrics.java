package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code motovault_notifications_total{channel, outcome}}: deliveries by channel kind and outcome
 * (sent, failed, deferred, dropped). Bounded labels: never a person, host or address.
 */
@ApplicationScoped
class NotificationMetrics {

    private static final Metadata DELIVERIES = Metadata.builder()
            .withName("motovault_notifications")
            .withDescription("Notification delivery attempts by channel kind and outcome")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void count(ChannelKind kind, String outcome) {
        registry.counter(DELIVERIES, new Tag("channel", kind.name().toLowerCase(Locale.ROOT)),
                new Tag("outcome", outcome)).inc();
    }
}
