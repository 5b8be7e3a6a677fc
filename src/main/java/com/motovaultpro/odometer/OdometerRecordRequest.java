package com.motovaultpro.odometer;

import com.motovaultpro.logbook.RecordRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An odometer reading as a client sends it. */
@Schema(name = "OdometerRecordRequest")
public record OdometerRecordRequest(
        @Schema(required = true, example = "2024-05-31") LocalDate date,
        @Schema(description = "Reading at the start; omitted means the latest earlier reading", example = "48100")
        BigDecimal initialOdometer,
        @Schema(required = true, description = "Reading at the end", example = "48250.5") BigDecimal odometer,
        String notes,
        List<String> tags,
        @Schema(description = "Save an odometer lower than an earlier-dated reading (replaced or reset odometer)")
        Boolean confirmLowerOdometer,
        @Schema(description = "Save a reading that implies an implausible distance a day since the earlier reading")
        Boolean confirmHighOdometer,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements RecordRequest {

    OdometerRecord toDetails() {
        OdometerRecord record = new OdometerRecord();
        record.setDate(date);
        record.setInitialOdometer(initialOdometer);
        record.setOdometer(odometer);
        record.setNotes(notes);
        record.setTags(tags);
        record.setLowerOdometerConfirmed(confirmLowerOdometer != null && confirmLowerOdometer);
        record.setHighOdometerConfirmed(confirmHighOdometer != null && confirmHighOdometer);
        return record;
    }
}
