package com.motovaultpro.plan;

import com.motovaultpro.logbook.RecordRequest;
import com.motovaultpro.maintenance.MaintenanceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planned job as a client sends it. */
@Schema(name = "PlanRecordRequest")
public record PlanRecordRequest(
        @Schema(required = true, example = "2024-05-31") LocalDate date,
        @Schema(required = true, example = "Replace brake pads") String description,
        @Schema(required = true, description = "The record it becomes when done") MaintenanceKind kind,
        @Schema(description = "Default NORMAL") PlanPriority priority,
        @Schema(description = "Default BACKLOG; DONE creates the matching record") PlanProgress progress,
        @Schema(description = "Estimated cost", example = "180.00") BigDecimal cost,
        String notes,
        List<String> tags,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements RecordRequest {

    PlanRecord toDetails() {
        PlanRecord record = new PlanRecord();
        record.setDate(date);
        record.setDescription(description);
        record.setKind(kind);
        record.setPriority(priority == null ? PlanPriority.NORMAL : priority);
        record.setProgress(progress == null ? PlanProgress.BACKLOG : progress);
        record.setCost(cost);
        record.setNotes(notes);
        record.setTags(tags);
        return record;
    }
}
