package com.motovaultpro.sharing;

import com.motovaultpro.vehicle.VehicleRole;
import java.time.Instant;

/**
 * A person with access to a vehicle, as listed on its sharing page: the owner first, then
 * collaborators and open invitations.
 *
 * @param accepted false while the invitation is open (it grants nothing yet)
 * @param since    when they were invited (the owner: when the vehicle was added)
 */
public record Collaborator(long userId, String username, String displayName, VehicleRole role, boolean accepted,
                           Instant since) {
}
