package com.motovaultpro.apikey;

import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.vehicle.VehicleRole;
import java.io.Serializable;
import java.time.Instant;

/**
 * An API key as authentication needs it, as the cache keeps it: the SHA-256 of its secret (the
 * secret itself is never stored), whose it is, its scope and its state.
 */
record KeySnapshot(long id, long userId, String prefix, String secretHash, VehicleRole scope, Instant expiresAt,
                   Instant revokedAt, Instant lastUsedAt) implements Serializable {

    static KeySnapshot of(ApiKey key) {
        return new KeySnapshot(key.getId(), key.getUserId(), key.getPrefix(), key.getSecretHash(), key.getScope(),
                key.getExpiresAt(), key.getRevokedAt(), key.getLastUsedAt());
    }

    CredentialStatus status(Instant now) {
        return CredentialStatus.of(revokedAt, expiresAt, now);
    }
}
