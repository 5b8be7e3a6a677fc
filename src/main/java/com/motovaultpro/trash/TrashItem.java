package com.motovaultpro.trash;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something in the caller's trash: a vehicle (recordType null) or a record of one of their
 * vehicles, with what identifies it for a person, and until when it can be restored.
 */
public record TrashItem(long id, String recordType, long vehicleId, String vehicle, LocalDate date,
                        String description, BigDecimal cost, Instant deletedAt, String deletedBy, Instant purgedAfter) {

    /** The recordType of a document in the trash. */
    public static final String DOCUMENT = "DOCUMENT";

    public boolean isDocument() {
        return DOCUMENT.equals(recordType);
    }

    public boolean isVehicle() {
        return recordType == null;
    }
}
