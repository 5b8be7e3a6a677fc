package com.motovaultpro.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** {@code motovault_database_operations_total}: SQL statements sent, by operation and table. */
@ApplicationScoped
public class DatabaseOperations {

    static final String NAME = "motovault_database_operations";
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withDescription("SQL statements the application sent, by operation and the first table they name").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    public void count(StatementKind kind) {
        registry.counter(METADATA, new Tag("operation", kind.operation()), new Tag("table", kind.table())).inc();
    }
}
