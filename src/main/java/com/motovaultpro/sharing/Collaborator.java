package com.motovaultpro.sharing;

import com.motovaultpro.account.UserAccount;
import com.motovaultpro.vehicle.VehicleRole;
import java.time.Instant;

/**
 * A person with access to a vehicle, as listed on its sharing page: the owner first, then
 * collaborators and open invitations. An open invitation sent to an e-mail address is listed by
 * that address, without user name: who owns an address is not told to whoever knows it.
 *
 * @param username null for an open invitation sent to an address
 * @param accepted false while the invitation is open (it grants nothing yet)
 * @param since    when they were invited (the owner: when the vehicle was added)
 */
public record Collaborator(long userId, String username, String displayName, VehicleRole role, boolean accepted,
                           Instant since) {

    /** The listing of {@code share}, held by {@code user}. */
    static Collaborator of(VehicleShare share, UserAccount user) {
        if (!share.isAccepted() && share.getInvitedAddress() != null) {
            return new Collaborator(user.getId(), null, share.getInvitedAddress(), share.getRole(), false,
                    share.getCreatedAt());
        }
        return new Collaborator(user.getId(), user.getUsername(), user.getDisplayName(), share.getRole(),
                share.isAccepted(), share.getCreatedAt());
    }
}
