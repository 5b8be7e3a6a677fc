package com.motovaultpro.driverlink;

import com.motovaultpro.platform.persistence.AuditedEntity;
import com.motovaultpro.platform.security.CredentialStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A secret link to one vehicle for someone without an account (a driver of a company car, a
 * family member): with it they add fill-ups and odometer readings to that vehicle, nothing else.
 * Only the token's hash is kept; {@link #status} says whether the link still works.
 */
@Entity
@Table(name = "driver_link")
@NamedQuery(name = DriverLink.OF_VEHICLE,
        query = "SELECT l FROM DriverLink l WHERE l.vehicleId = :vehicle ORDER BY l.createdAt DESC, l.id DESC")
@NamedQuery(name = DriverLink.BY_TOKEN_HASH, query = "SELECT l FROM DriverLink l WHERE l.tokenHash = :hash")
public class DriverLink extends AuditedEntity {

    private static final long serialVersionUID = 1L;
    static final String OF_VEHICLE = "DriverLink.ofVehicle";
    static final String BY_TOKEN_HASH = "DriverLink.byTokenHash";
    /** The longest label, as the column holds it. */
    public static final int LABEL_MAX = 60;

    @Column(name = "vehicle_id", nullable = false, updatable = false)
    private Long vehicleId;

    @Column(nullable = false, length = LABEL_MAX, updatable = false)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(nullable = false)
    private int entries;

    protected DriverLink() {
    }

    DriverLink(long vehicleId, String label, String tokenHash, String createdBy, Instant expiresAt) {
        this.vehicleId = vehicleId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** How the link's entries are signed in the logbook: no user name can look like it. */
    public String author() {
        return "driver link #" + getId();
    }

    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    void used(Instant at) {
        lastUsedAt = at;
        entries++;
    }

    public CredentialStatus status(Instant now) {
        return CredentialStatus.of(revokedAt, expiresAt, now);
    }

    public Long getVehicleId() {
        return vehicleId;
    }

    public String getLabel() {
        return label;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public int getEntries() {
        return entries;
    }
}
