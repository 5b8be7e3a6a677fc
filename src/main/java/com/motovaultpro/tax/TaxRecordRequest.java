package com.motovaultpro.tax;

import com.motovaultpro.logbook.RecordRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tax, registration or insurance fee as a client sends it. */
@Schema(name = "TaxRecordRequest")
public record TaxRecordRequest(
        @Schema(required = true, example = "2024-01-15") LocalDate date,
        @Schema(required = true, example = "Registration") String description,
        @Schema(example = "120.00") BigDecimal cost,
        @Schema(description = "Recurs every this many months or days (omit for a one-off fee)", example = "12")
        Integer recurrenceInterval,
        @Schema(description = "MONTHS (default) or DAYS") RecurrenceUnit recurrenceUnit,
        String notes,
        List<String> tags,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements RecordRequest {

    TaxRecord toDetails() {
        TaxRecord record = new TaxRecord();
        record.setDate(date);
        record.setDescription(description);
        record.setCost(cost);
        record.setRecurrenceInterval(recurrenceInterval);
        record.setRecurrenceUnit(recurrenceUnit);
        record.setNotes(notes);
        record.setTags(tags);
        return record;
    }
}
