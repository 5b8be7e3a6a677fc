package com.motovaultpro.sharing;

import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleRole;
import java.util.Optional;

/**
 * Who may change a vehicle's sharing, as pure rules. The owner may give anyone any collaborator
 * role and take it away. A manager may share with viewers and editors and change or remove
 * them, but neither create nor touch managers (so a manager can never out-rank, or lock out,
 * another manager). Nobody changes their own role; any collaborator may leave.
 */
public final class SharingRules {

    /** Why a change is refused; each maps to a message the person can act on. */
    public enum Refusal {
        /** Viewers and editors cannot change sharing. */
        NOT_MANAGER,
        /** Nobody changes their own role (no escalation). */
        OWN_ROLE,
        /** Only the owner makes someone a manager. */
        MANAGER_ONLY_BY_OWNER,
        /** Only the owner changes or removes a manager. */
        TARGET_IS_MANAGER,
        /** The owner cannot leave their own vehicle (they delete it instead). */
        OWNER_CANNOT_LEAVE
    }

    private SharingRules() {
    }

    /**
     * Whether {@code actor} may give someone ({@code self} when it is the actor) the role
     * {@code granted}; {@code current} is their role now, null for a new invitation.
     */
    public static Optional<Refusal> mayGrant(VehicleRole actor, boolean self, VehicleRole current, VehicleRole granted) {
        if (granted == VehicleRole.OWNER) {
            throw new IllegalArgumentException("OWNER is not a collaborator role");
        }
        if (self) {
            return Optional.of(Refusal.OWN_ROLE);
        }
        if (!actor.allows(Permission.MANAGE)) {
            return Optional.of(Refusal.NOT_MANAGER);
        }
        if (actor != VehicleRole.OWNER && current == VehicleRole.MANAGER) {
            return Optional.of(Refusal.TARGET_IS_MANAGER);
        }
        if (actor != VehicleRole.OWNER && granted == VehicleRole.MANAGER) {
            return Optional.of(Refusal.MANAGER_ONLY_BY_OWNER);
        }
        return Optional.empty();
    }

    /** Whether {@code actor} may take away the {@code current} role of someone ({@code self}: leave). */
    public static Optional<Refusal> mayRemove(VehicleRole actor, boolean self, VehicleRole current) {
        if (self) {
            return actor == VehicleRole.OWNER ? Optional.of(Refusal.OWNER_CANNOT_LEAVE) : Optional.empty();
        }
        if (!actor.allows(Permission.MANAGE)) {
            return Optional.of(Refusal.NOT_MANAGER);
        }
        if (actor != VehicleRole.OWNER && current == VehicleRole.MANAGER) {
            return Optional.of(Refusal.TARGET_IS_MANAGER);
        }
        return Optional.empty();
    }
}
