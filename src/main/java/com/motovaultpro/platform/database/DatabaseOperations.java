package com.motovaultpro.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import com.motovaultpro.platform.metrics.TaggedMeters;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The database metrics: {@code motovault_database_operations_total{operation,table,status}},
 * {@code motovault_database_operation_duration_seconds{operation,table}} (a histogram) and
 * {@code motovault_active_connections} (connections the application holds right now).
 */
@ApplicationScoped
public class DatabaseOperations {

    static final String NAME = "motovault_database_operations";
    private static final Metadata OPERATIONS = Metadata.builder().withName(NAME)
            .withDescription("SQL statements the application ran, by operation, the first table they name and outcome")
            .build();
    private static final Metadata DURATION = Metadata.builder().withName("motovault_database_operation_duration")
            .withDescription("How long SQL statements took, by operation and table").withUnit(MetricUnits.SECONDS).build();
    private static final Metadata ACTIVE = Metadata.builder().withName("motovault_active_connections")
            .withDescription("Database connections the application holds at this moment").build();

    private final AtomicInteger active = new AtomicInteger();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private TaggedMeters<Counter> operations;
    private TaggedMeters<Timer> durations;

    @PostConstruct
    void register() {
        registry.gauge(ACTIVE, active, AtomicInteger::get);
        operations = new TaggedMeters<>(tags -> registry.counter(OPERATIONS, tags), "operation", "table", "status");
        durations = new TaggedMeters<>(tags -> registry.timer(DURATION, tags), "operation", "table");
    }

    public void record(StatementKind kind, String status, long nanos) {
        operations.with(kind.operation(), kind.table(), status).inc();
        durations.with(kind.operation(), kind.table()).update(Duration.ofNanos(nanos));
    }

    void connectionOpened() {
        active.incrementAndGet();
    }

    void connectionClosed() {
        active.decrementAndGet();
    }
}
