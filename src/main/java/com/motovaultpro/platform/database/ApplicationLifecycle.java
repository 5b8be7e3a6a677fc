package com.motovaultpro.platform.database;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.AppSettingsProducer;
import com.motovaultpro.platform.config.ConfigProblem;
import com.motovaultpro.platform.config.ConfigurationException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The startup order that keeps everything else simple: validate configuration, start the
 * embedded database if no external one is configured, apply migrations — all before the
 * application serves its first request or JPA opens its first connection.
 * Registered in web.xml, so its place in the startup order is explicit.
 */
public class ApplicationLifecycle implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ApplicationLifecycle.class.getName());

    @Inject
    AppSettingsProducer settings;

    @Inject
    StartupState state;

    @Inject
    DatabaseCredentials credentials;

    @Resource(lookup = "jdbc/motovault")
    DataSource dataSource;

    private EmbeddedPostgresServer embedded;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AppSettings valid = validatedSettings();
        try {
            if (valid.database().embedded()) {
                embedded = EmbeddedPostgresServer.start(valid.embeddedDatabaseDir(), valid.embeddedDatabasePasswordFile(),
                        valid.database().embeddedPort());
                credentials.use(EmbeddedPassword.USER, embedded.password());
            } else {
                LOG.info("Using the external PostgreSQL database configured by motovault.db.url");
            }
            state.completed(SchemaMigrator.migrate(credentials.around(dataSource), valid.database().startupTimeout()));
            event.getServletContext().setSessionTimeout(valid.sessionTimeoutMinutes());
        } catch (IOException e) {
            fail("The embedded database could not start: " + e.getMessage(), new UncheckedIOException(e));
        } catch (RuntimeException e) {
            fail("Startup failed: " + e.getMessage(), e);
        }
    }

    private AppSettings validatedSettings() {
        try {
            return settings.validated();
        } catch (ConfigurationException e) {
            for (ConfigProblem problem : e.problems()) {
                LOG.severe(problem.describe());
            }
            ServerExit.soon(2, "invalid configuration");
            throw e;
        }
    }

    /** The application cannot serve: end the process so it is restarted, not left running empty. */
    private void fail(String message, RuntimeException cause) {
        LOG.log(Level.SEVERE, message);
        stopEmbedded();
        ServerExit.soon(1, message);
        throw cause;
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        stopEmbedded();
    }

    private void stopEmbedded() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Embedded PostgreSQL did not stop cleanly", e);
            }
            embedded = null;
        }
    }
}
