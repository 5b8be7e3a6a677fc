package com.motovaultpro.logbook;

import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleRole;

/**
 * Who may move records from one vehicle to another. The target always needs EDIT_RECORDS. On the
 * vehicle the records leave it depends on whose they become: between two vehicles of the same
 * owner they stay within that owner's reach, like an edit (EDIT_RECORDS); into a vehicle of
 * someone else they leave it for good, with nothing in the trash, like deleting the vehicle's
 * logbook (MANAGE: owner or manager).
 */
public final class MoveRights {

    private MoveRights() {
    }

    /** What the caller's role on the vehicle the records leave must allow. */
    public static Permission neededOnSource(long sourceOwnerId, long targetOwnerId) {
        return sourceOwnerId == targetOwnerId ? Permission.EDIT_RECORDS : Permission.MANAGE;
    }

    /** Whether a caller with these roles may move records between vehicles of these owners. */
    public static boolean allowed(VehicleRole onSource, long sourceOwnerId, VehicleRole onTarget, long targetOwnerId) {
        return onTarget.allows(Permission.EDIT_RECORDS) && onSource.allows(neededOnSource(sourceOwnerId, targetOwnerId));
    }
}
