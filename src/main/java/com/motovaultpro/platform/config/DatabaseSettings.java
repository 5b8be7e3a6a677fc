package com.motovaultpro.platform.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the data lives. Without an external URL MotoVaultPro runs its own embedded PostgreSQL
 * on a loopback port, keeping its files under the data directory.
 */
public record DatabaseSettings(Optional<String> externalUrl, int embeddedPort, int poolMaxSize, int poolMinSize,
                               Duration startupTimeout) {

    public boolean embedded() {
        return externalUrl.isEmpty();
    }
}
