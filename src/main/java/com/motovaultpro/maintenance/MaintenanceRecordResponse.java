package com.motovaultpro.maintenance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A service, repair or upgrade as the API returns it. */
public record MaintenanceRecordResponse(long id, long vehicleId, MaintenanceKind type, LocalDate date,
                                        BigDecimal odometer, String description, BigDecimal cost, String notes,
                                        List<String> tags, Map<String, String> extraFields, String createdBy, Instant createdAt, String updatedBy,
                                        Instant updatedAt, long version) {

    static MaintenanceRecordResponse of(MaintenanceRecord r) {
        return new MaintenanceRecordResponse(r.getId(), r.getVehicleId(), r.kind(), r.getDate(), r.getOdometer(),
                r.getDescription(), r.getCost(), r.getNotes(), r.getTags(), r.getExtraFields(), r.getCreatedBy(), r.getCreatedAt(),
                r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
