package com.motovaultpro.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service, repair or upgrade as a client sends it. */
@Schema(name = "MaintenanceRecordRequest")
public record MaintenanceRecordRequest(
        @Schema(required = true, example = "2024-05-31") LocalDate date,
        @Schema(example = "48250") BigDecimal odometer,
        @Schema(required = true, example = "Oil and filter change") String description,
        @Schema(example = "89.50") BigDecimal cost,
        String notes,
        List<String> tags,
        @Schema(description = "On create: supplies this work used up, taken from their stock; their cost is added")
        List<SupplyUse> supplies,
        @Schema(description = "Save an odometer lower than an earlier-dated reading (replaced or reset odometer)")
        Boolean confirmLowerOdometer,
        @Schema(description = "Save a reading that implies an implausible distance a day since the earlier reading")
        Boolean confirmHighOdometer,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements com.motovaultpro.logbook.RecordRequest {

    MaintenanceRecord toDetails(MaintenanceKind kind) {
        MaintenanceRecord record = kind.newRecord();
        record.setDate(date);
        record.setOdometer(odometer);
        record.setDescription(description);
        record.setCost(cost);
        record.setNotes(notes);
        record.setTags(tags);
        record.setSuppliesUsed(supplies);
        record.setLowerOdometerConfirmed(confirmLowerOdometer != null && confirmLowerOdometer);
        record.setHighOdometerConfirmed(confirmHighOdometer != null && confirmHighOdometer);
        return record;
    }
}
