package com.motovaultpro.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @ParameterizedTest(name = "revoked {0}, expires {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "-,                    -,                    ACTIVE",
            "-,                    2026-11-21T12:00:01Z, ACTIVE",
            "-,                    2026-11-21T12:00:00Z, EXPIRED",
            "-,                    2026-01-01T00:00:00Z, EXPIRED",
            "2026-11-20T00:00:00Z, -,                    REVOKED",
            "2026-11-20T00:00:00Z, 2027-01-01T00:00:00Z, REVOKED",
            "2026-11-20T00:00:00Z, 2026-01-01T00:00:00Z, REVOKED",
    })
    void revokedWinsThenExpiryThenActive(Instant revokedAt, Instant expiresAt, CredentialStatus expected) {
        assertEquals(expected, CredentialStatus.of(revokedAt, expiresAt, NOW));
    }
}
