package com.motovaultpro.sharing;

import com.motovaultpro.vehicle.VehicleRole;
import java.time.Instant;

/** An open invitation to collaborate on someone's vehicle, as the invited person sees it. */
public record Invitation(long vehicleId, String vehicle, String ownerName, String invitedBy, VehicleRole role,
                         Instant invitedAt) {
}
