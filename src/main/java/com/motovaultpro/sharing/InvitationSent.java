package com.motovaultpro.sharing;

/** Someone was invited to collaborate on a vehicle (fired in the transaction that invited them). */
public record InvitationSent(long vehicleId, long inviteeId, String invitedBy, String role) {
}
