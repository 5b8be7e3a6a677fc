package com.motovaultpro.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The validated configuration MotoVaultPro runs with; see docs/configuration.md for every key.
 *
 * @param publicUrl where people reach the application (no trailing slash): every link it hands out
 *                  starts with it, never with what a request's Host or forwarded headers say
 */
public record AppSettings(Path dataDir, DatabaseSettings database, int sessionTimeoutMinutes,
                          RegistrationMode initialRegistrationMode, int passwordHashIterations,
                          SecuritySettings security, Optional<OidcSettings> oidc, DocumentSettings documents,
                          CacheSettings cache, URI publicUrl, long importMaxBytes, long restoreMaxBytes,
                          NotificationSettings notifications) {

    public Path embeddedDatabaseDir() {
        return dataDir.resolve("postgres");
    }

    /** The embedded database's password, beside its directory: initdb wants that one empty. */
    public Path embeddedDatabasePasswordFile() {
        return dataDir.resolve("postgres.password");
    }
}
