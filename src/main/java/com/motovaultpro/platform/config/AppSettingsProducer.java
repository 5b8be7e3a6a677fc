package com.motovaultpro.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@link AppSettings} once, through MicroProfile Config (environment variables, system
 * properties, microprofile-config.properties). The startup sequence calls {@link #validated()} first,
 * so invalid configuration stops the application before anything else runs.
 */
@ApplicationScoped
public class AppSettingsProducer {

    @Inject
    Config config;

    private AppSettings settings;

    public synchronized AppSettings validated() {
        if (settings == null) {
            // Keys only, never their environment spelling: MicroProfile Config maps environment
            // variables itself, while a direct lookup of MOTOVAULT_DB_URL would also find the
            // server.xml default, which must not switch off the embedded database.
            settings = AppSettingsParser.parse(key -> config.getOptionalValue(key, String.class),
                    Path.of(System.getProperty("user.home")));
        }
        return settings;
    }

    /** Settings are an immutable record: handing out the same instance needs no proxy. */
    @Produces
    @Dependent
    AppSettings settings() {
        return validated();
    }
}
