package com.motovaultpro.platform.health;

import com.motovaultpro.platform.database.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

/** UP once configuration is valid and the database schema is migrated. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("startup").status(state.isComplete());
        state.schemaVersion().ifPresent(v -> response.withData("schemaVersion", v));
        return response.build();
    }
}
