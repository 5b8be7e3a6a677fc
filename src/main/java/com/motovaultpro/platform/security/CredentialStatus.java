package com.motovaultpro.platform.security;

import java.time.Instant;

/** Whether an API key or a secret link still opens anything: revoked wins over expired, both are final. */
public enum CredentialStatus {
    ACTIVE,
    EXPIRED,
    REVOKED;

    public static CredentialStatus of(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}
