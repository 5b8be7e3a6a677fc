package com.motovaultpro.apikey;

import com.motovaultpro.platform.cache.CacheScoped;
import com.motovaultpro.platform.persistence.AuditedEntity;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API key: whose it is, what it may do, until when; never the secret itself. */
@Entity
@Table(name = "api_key")
public class ApiKey extends AuditedEntity implements CacheScoped {

    private static final long serialVersionUID = 1L;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private VehicleRole scope;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(long userId, String name, ApiKeyFormat.Parts parts, VehicleRole scope, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.prefix = parts.prefix();
        this.secretHash = ApiKeyFormat.hash(parts.secret());
        this.scope = scope;
        this.expiresAt = expiresAt;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    String getSecretHash() {
        return secretHash;
    }

    public VehicleRole getScope() {
        return scope;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    public CredentialStatus status(Instant now) {
        return CredentialStatus.of(revokedAt, expiresAt, now);
    }

    /** The cached view of this key (authentication finds keys by their prefix). */
    @Override
    public java.util.List<String> cacheScopes() {
        return java.util.List.of(scopeOf(prefix));
    }

    public static String scopeOf(String prefix) {
        return "apikey:" + prefix;
    }
}
