package com.motovaultpro.sharing;

import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.persistence.AuditedEntity;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's share of a vehicle: invited with a role, and a collaborator once accepted. The
 * owner is never a share (the vehicle names its owner).
 */
@Entity
@Table(name = "vehicle_share")
public class VehicleShare extends AuditedEntity implements VehicleScoped {

    private static final long serialVersionUID = 1L;

    @Column(name = "vehicle_id", nullable = false, updatable = false)
    private Long vehicleId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VehicleRole role;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /** The e-mail address the invitation was sent to; null when it named a user name. */
    @Column(name = "invited_address", updatable = false, length = 254)
    private String invitedAddress;

    protected VehicleShare() {
    }

    VehicleShare(long vehicleId, long userId, VehicleRole role, long invitedBy, String invitedAddress) {
        this.vehicleId = vehicleId;
        this.userId = userId;
        this.role = role;
        this.invitedBy = invitedBy;
        this.invitedAddress = invitedAddress;
    }

    @Override
    public Long getVehicleId() {
        return vehicleId;
    }

    public Long getUserId() {
        return userId;
    }

    public VehicleRole getRole() {
        return role;
    }

    void setRole(VehicleRole role) {
        this.role = role;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getInvitedAddress() {
        return invitedAddress;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    void accept(Instant when) {
        this.acceptedAt = when;
    }
}
