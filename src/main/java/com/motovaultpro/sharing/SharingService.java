package com.motovaultpro.sharing;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.account.UserAccountRepository;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccess;
import com.motovaultpro.vehicle.VehicleRole;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sharing use cases: invite by user name or e-mail, accept or decline, change a role, revoke,
 * leave. The vehicle is always resolved through the caller's own access first (someone who may
 * not see it gets 404), then {@link SharingRules} decide.
 */
@ApplicationScoped
@Transactional
public class SharingService {

    @Inject
    VehicleService vehicles;

    @Inject
    ShareRepository shares;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Event<InvitationSent> invited;

    /** Everyone with access to the vehicle: the owner first, then collaborators and open invitations. */
    public List<Collaborator> collaborators(long vehicleId) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        UserAccount owner = accounts.find(vehicle.getOwnerId()).orElseThrow();
        List<Collaborator> all = new ArrayList<>();
        all.add(new Collaborator(owner.getId(), owner.getUsername(), owner.getDisplayName(), VehicleRole.OWNER, true,
                vehicle.getCreatedAt()));
        all.addAll(shares.of(vehicleId));
        return all;
    }

    /**
     * Invites the person with this user name or e-mail address; they collaborate once they accept.
     * Anything with an {@code @} is an address and matches e-mail addresses only, never a user
     * name that looks like one.
     */
    public Collaborator invite(long vehicleId, String user, String role) {
        VehicleAccess access = vehicles.access(vehicleId);
        VehicleRole granted = collaboratorRole(role);
        refuseIf(SharingRules.mayGrant(access.role(), false, null, granted));
        String named = user == null ? "" : user.strip();
        boolean byAddress = named.contains("@");
        UserAccount invitee = (named.isEmpty() ? Optional.<UserAccount>empty()
                : byAddress ? accounts.findByEmail(named) : accounts.findByUsername(named))
                .orElseThrow(() -> new SharingException(SharingException.Reason.NO_SUCH_USER));
        if (invitee.getId().equals(access.vehicle().getOwnerId())) {
            throw new SharingException(SharingException.Reason.OWNS_VEHICLE);
        }
        if (shares.findForUpdate(vehicleId, invitee.getId()).isPresent()) {
            throw new SharingException(SharingException.Reason.ALREADY_SHARED);
        }
        VehicleShare share = new VehicleShare(vehicleId, invitee.getId(), granted, currentUser.id(),
                byAddress ? named : null);
        shares.add(share);
        audited(AuditAction.SHARE_INVITED, vehicleId, "invited " + invitee.getUsername()
                + (byAddress ? " by address" : "") + " as " + granted);
        invited.fire(new InvitationSent(vehicleId, invitee.getId(), currentUser.get().getUsername(), granted.name()));
        return Collaborator.of(share, invitee);
    }

    /** Gives a collaborator (or invited person) another role. */
    public void changeRole(long vehicleId, long userId, String role) {
        VehicleAccess access = vehicles.access(vehicleId);
        VehicleRole granted = collaboratorRole(role);
        boolean self = userId == currentUser.id();
        if (self) {
            refuseIf(SharingRules.mayGrant(access.role(), true, access.role(), granted));
        }
        VehicleShare share = shares.findForUpdate(vehicleId, userId)
                .orElseThrow(() -> new SharingException(SharingException.Reason.NO_SUCH_COLLABORATOR));
        refuseIf(SharingRules.mayGrant(access.role(), false, share.getRole(), granted));
        VehicleRole before = share.getRole();
        share.setRole(granted);
        shares.flush();
        audited(AuditAction.SHARE_ROLE_CHANGED, vehicleId, "user " + userId + " from " + before + " to " + granted);
    }

    /** Takes a collaborator's access away (or withdraws an invitation); with the caller's own id: leave. */
    public void remove(long vehicleId, long userId) {
        VehicleAccess access = vehicles.access(vehicleId);
        boolean self = userId == currentUser.id();
        if (self && access.owned()) {
            refuseIf(SharingRules.mayRemove(access.role(), true, access.role()));
        }
        VehicleShare share = shares.findForUpdate(vehicleId, userId)
                .orElseThrow(() -> new SharingException(SharingException.Reason.NO_SUCH_COLLABORATOR));
        refuseIf(SharingRules.mayRemove(access.role(), self, share.getRole()));
        shares.remove(share);
        audited(self ? AuditAction.SHARE_LEFT : AuditAction.SHARE_REVOKED, vehicleId,
                self ? "left as " + share.getRole() : "removed user " + userId + " (" + share.getRole() + ")");
    }

    /** The caller's open invitations. */
    public List<Invitation> invitations() {
        return shares.invitationsFor(currentUser.id());
    }

    /** Accepts the caller's open invitation to the vehicle: from now on it is in their garage. */
    public void accept(long vehicleId) {
        VehicleShare share = openInvitation(vehicleId);
        share.accept(Instant.now());
        shares.flush();
        audited(AuditAction.SHARE_ACCEPTED, vehicleId, "as " + share.getRole());
    }

    /** Declines the caller's open invitation to the vehicle. */
    public void decline(long vehicleId) {
        VehicleShare share = openInvitation(vehicleId);
        shares.remove(share);
        audited(AuditAction.SHARE_DECLINED, vehicleId, "was invited as " + share.getRole());
    }

    private VehicleShare openInvitation(long vehicleId) {
        return shares.findForUpdate(vehicleId, currentUser.id()).filter(s -> !s.isAccepted())
                .orElseThrow(() -> new SharingException(SharingException.Reason.NO_SUCH_INVITATION));
    }

    private void audited(AuditAction action, long vehicleId, String detail) {
        audit.record(action, currentUser.get().getUsername(), "vehicle " + vehicleId, detail);
    }

    private static VehicleRole collaboratorRole(String role) {
        try {
            VehicleRole parsed = VehicleRole.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
            if (parsed != VehicleRole.OWNER) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // not a role: refused below
        }
        throw new SharingException(SharingException.Reason.INVALID_ROLE);
    }

    private static void refuseIf(Optional<SharingRules.Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new SharingException(SharingException.Reason.of(r));
        });
    }
}
