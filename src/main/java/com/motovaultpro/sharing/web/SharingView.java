package com.motovaultpro.sharing.web;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.sharing.Collaborator;
import com.motovaultpro.sharing.SharingException;
import com.motovaultpro.sharing.SharingRules;
import com.motovaultpro.sharing.SharingService;
import com.motovaultpro.vehicle.VehicleRole;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sharing tab of the vehicle page: who has access with which role; owners and managers
 * invite, change roles and revoke (as far as {@link SharingRules} let them), collaborators leave.
 */
@ViewModel
public class SharingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sharingForm";

    @Inject
    VehicleView vehicleView;

    @Inject
    SharingService sharing;

    @Inject
    CurrentUser currentUser;

    private String inviteUser;
    private VehicleRole inviteRole = VehicleRole.VIEWER;
    private final Map<Long, String> roles = new HashMap<>(); // role names: a map value gets no enum converter
    private transient List<Collaborator> people;

    public List<Collaborator> getPeople() {
        if (people == null) {
            people = sharing.collaborators(vehicleView.getVehicleId());
            roles.clear();
            people.forEach(c -> roles.put(c.userId(), c.role().name()));
        }
        return people;
    }

    /** The role (name) picked per person (by user id) in the table. */
    public Map<Long, String> getRoles() {
        getPeople();
        return roles;
    }

    /** Roles the caller may give: the owner any collaborator role, a manager viewer or editor. */
    public List<VehicleRole> getGrantableRoles() {
        return List.of(VehicleRole.VIEWER, VehicleRole.EDITOR, VehicleRole.MANAGER).stream()
                .filter(r -> SharingRules.mayGrant(vehicleView.getRole(), false, null, r).isEmpty())
                .toList();
    }

    /** Whether the caller may change this person's role or remove them (never their own row). */
    public boolean canChange(Collaborator person) {
        return person.role() != VehicleRole.OWNER && !isMe(person)
                && SharingRules.mayRemove(vehicleView.getRole(), false, person.role()).isEmpty();
    }

    public boolean isMe(Collaborator person) {
        return person.userId() == currentUser.id();
    }

    public void invite() {
        try {
            Collaborator invited = sharing.invite(vehicleView.getVehicleId(), inviteUser,
                    inviteRole == null ? null : inviteRole.name());
            FacesMessages.info("sharing.invited", invited.displayName());
            inviteUser = null;
            people = null;
        } catch (SharingException e) {
            refused(e);
        }
    }

    public void changeRole(long userId) {
        try {
            sharing.changeRole(vehicleView.getVehicleId(), userId, roles.get(userId));
            FacesMessages.info("sharing.roleChanged");
        } catch (SharingException e) {
            refused(e);
        }
        people = null;
    }

    public void remove(long userId) {
        try {
            sharing.remove(vehicleView.getVehicleId(), userId);
            FacesMessages.info("sharing.removed");
        } catch (SharingException e) {
            refused(e);
        }
        people = null;
    }

    /** The caller leaves the vehicle; it is no longer theirs to see, so back to the garage. */
    public String leave() {
        try {
            sharing.remove(vehicleView.getVehicleId(), currentUser.id());
        } catch (SharingException e) {
            refused(e);
            return null;
        }
        FacesMessages.infoAfterRedirect("sharing.left", vehicleView.getVehicle().getIdentifier());
        return "/index.xhtml?faces-redirect=true";
    }

    private static void refused(SharingException e) {
        String field = switch (e.reason()) {
            case NO_SUCH_USER, OWNS_VEHICLE, ALREADY_SHARED -> FORM + ":inviteUser";
            case INVALID_ROLE -> FORM + ":inviteRole";
            default -> null;
        };
        FacesMessages.error(field, e.messageKey());
    }

    public String getInviteUser() {
        return inviteUser;
    }

    public void setInviteUser(String inviteUser) {
        this.inviteUser = inviteUser;
    }

    public VehicleRole getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(VehicleRole inviteRole) {
        this.inviteRole = inviteRole;
    }
}
