package com.motovaultpro.logbook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change to many records of a vehicle at once. All named records must be the vehicle's;
 * otherwise nothing changes. Attachments move with a moved record and are not copied.
 *
 * @param action         what to do
 * @param ids            the records (at most {@link #MAX_RECORDS})
 * @param tag            for ADD_TAG and REMOVE_TAG
 * @param targetVehicleId for DUPLICATE and MOVE: a vehicle the caller may edit records of
 */
@Schema(name = "BulkAction")
public record BulkAction(@Schema(required = true) Kind action,
                         @Schema(required = true) List<Long> ids,
                         @Schema(example = "winter") String tag,
                         Long targetVehicleId) {

    public static final int MAX_RECORDS = 500;

    /** What a bulk action does to each record. */
    public enum Kind {
        ADD_TAG, REMOVE_TAG, DUPLICATE, MOVE, DELETE
    }
}
