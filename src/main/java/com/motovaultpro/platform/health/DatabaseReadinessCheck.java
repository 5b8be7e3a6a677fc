package com.motovaultpro.platform.health;

import com.motovaultpro.platform.database.DatabaseCredentials;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The database answers a round trip; reports its latency. Never takes longer than 1.5 s. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final Duration LIMIT = Duration.ofMillis(1500);

    @Resource(lookup = "jdbc/motovault")
    DataSource dataSource;

    @Inject
    DatabaseCredentials credentials;

    @Resource
    ManagedExecutorService executor;

    private final BoundedCheck<Boolean> check = new BoundedCheck<>(LIMIT);

    @Override
    public HealthCheckResponse call() {
        return check.run(this::roundTrip, executor).response("database").build();
    }

    private Boolean roundTrip() {
        try (Connection connection = credentials.connect(dataSource)) {
            return connection.isValid((int) LIMIT.toSeconds() + 1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
