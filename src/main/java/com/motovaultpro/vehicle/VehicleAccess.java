package com.motovaultpro.vehicle;

/** A vehicle the caller may see, with the role they have on it. */
public record VehicleAccess(Vehicle vehicle, VehicleRole role) {

    public boolean allows(Permission permission) {
        return role.allows(permission);
    }

    public boolean owned() {
        return role == VehicleRole.OWNER;
    }
}
