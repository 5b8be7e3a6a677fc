package com.motovaultpro.plan;

import com.motovaultpro.maintenance.MaintenanceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A planned job as the API returns it; {@code recordId} is the record it became once done. */
public record PlanRecordResponse(long id, long vehicleId, LocalDate date, String description, MaintenanceKind kind,
                                 PlanPriority priority, PlanProgress progress, BigDecimal cost, Long recordId,
                                 String notes, List<String> tags, Map<String, String> extraFields, String createdBy, Instant createdAt,
                                 String updatedBy, Instant updatedAt, long version) {

    static PlanRecordResponse of(PlanRecord r) {
        return new PlanRecordResponse(r.getId(), r.getVehicleId(), r.getDate(), r.getDescription(), r.getKind(),
                r.getPriority(), r.getProgress(), r.getCost(), r.getDoneRecordId(), r.getNotes(), r.getTags(), r.getExtraFields(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
