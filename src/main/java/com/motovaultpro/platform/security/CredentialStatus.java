package com.motovaultpro.apikey;

import java.time.Instant;

/** Whether a key still opens anything: revoked wins over expired, both are final. */
public enum ApiKeyStatus {
    ACTIVE,
    EXPIRED,
    REVOKED;

    public static ApiKeyStatus of(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}
