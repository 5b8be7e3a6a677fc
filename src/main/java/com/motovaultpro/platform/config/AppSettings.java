package com.motovaultpro.platform.config;

import java.nio.file.Path;
import java.util.Optional;

/** The validated configuration MotoVaultPro runs with; see docs/configuration.md for every key. */
public record AppSettings(Path dataDir, DatabaseSettings database, int sessionTimeoutMinutes,
                          RegistrationMode initialRegistrationMode, int passwordHashIterations,
                          SecuritySettings security, Optional<OidcSettings> oidc, DocumentSettings documents,
                          CacheSettings cache) {

    public Path embeddedDatabaseDir() {
        return dataDir.resolve("postgres");
    }
}
