package com.motovaultpro.logbook;

import java.util.List;

/**
 * Fired (synchronously, inside the moving transaction) after records were moved to another
 * vehicle, so that what hangs on a record — its documents — follows it without the logbook
 * knowing about it. An observer that fails rolls the move back.
 *
 * @param recordIds     the moved records
 * @param fromVehicleId the vehicle they left
 * @param toVehicleId   the vehicle they are in now
 */
public record RecordsMoved(List<Long> recordIds, long fromVehicleId, long toVehicleId) {
}
