package com.motovaultpro.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations from db/migration before anything else uses the database.
 * Waits (with backoff) for a database that is not reachable yet, e.g. during a failover.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    /** Migrates and returns the schema version now in place. */
    public static String migrate(DataSource dataSource, Duration waitForDatabase) {
        awaitConnection(dataSource, waitForDatabase);
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        return version;
    }

    private static void awaitConnection(DataSource dataSource, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long backoffMillis = 250;
        String lastProblem = "connection not valid";
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(5)) {
                    return;
                }
            } catch (SQLException e) {
                lastProblem = e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Database not reachable after " + limit.toSeconds() + " s: " + lastProblem);
            }
            LOG.warning("Database not reachable yet (" + lastProblem + "); retrying in " + backoffMillis + " ms");
            sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, 5_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
