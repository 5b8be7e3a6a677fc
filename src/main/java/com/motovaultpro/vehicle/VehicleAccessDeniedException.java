package com.motovaultpro.vehicle;

import com.motovaultpro.platform.web.RefusedAction;

/**
 * The caller may see the vehicle, but their role does not allow what they tried (403). Only
 * thrown to people the vehicle is shared with: to anyone else it does not exist (404).
 */
public class VehicleAccessDeniedException extends RuntimeException implements RefusedAction {

    private final VehicleRole role;
    private final Permission needed;

    public VehicleAccessDeniedException(long vehicleId, VehicleRole role, Permission needed) {
        super("Role " + role + " on vehicle " + vehicleId + " does not allow " + needed, null, false, false);
        this.role = role;
        this.needed = needed;
    }

    public VehicleRole role() {
        return role;
    }

    public Permission needed() {
        return needed;
    }

    @Override
    public String messageKey() {
        return "sharing.denied." + needed.name();
    }
}
