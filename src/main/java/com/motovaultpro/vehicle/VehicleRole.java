package com.motovaultpro.vehicle;

/**
 * A person's role on a vehicle: its owner, or a collaborator it was shared with. Ordered from
 * least to most: each role allows everything the one before it does.
 */
public enum VehicleRole {
    VIEWER,
    EDITOR,
    MANAGER,
    OWNER;

    public boolean allows(Permission permission) {
        return switch (permission) {
            case READ -> true;
            case EDIT_RECORDS -> this != VIEWER;
            case MANAGE -> this == MANAGER || this == OWNER;
        };
    }

    /** This role, or {@code cap} if that is less (an API key's scope caps what its owner may do). */
    public VehicleRole cappedAt(VehicleRole cap) {
        return compareTo(cap) <= 0 ? this : cap;
    }
}
