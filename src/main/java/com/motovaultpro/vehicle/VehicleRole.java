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
}
