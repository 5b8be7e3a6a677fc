package com.motovaultpro.tax;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A fee as the API returns it; {@code nextDue} is when a recurring fee lapses. */
public record TaxRecordResponse(long id, long vehicleId, LocalDate date, String description, BigDecimal cost,
                                Integer recurrenceInterval, RecurrenceUnit recurrenceUnit, LocalDate nextDue,
                                boolean renewed, String notes, List<String> tags, Map<String, String> extraFields, String createdBy,
                                Instant createdAt, String updatedBy, Instant updatedAt, long version) {

    static TaxRecordResponse of(TaxRecord r) {
        return new TaxRecordResponse(r.getId(), r.getVehicleId(), r.getDate(), r.getDescription(), r.getCost(),
                r.getRecurrenceInterval(), r.getRecurrenceUnit(), r.nextDue().orElse(null), r.isRenewed(),
                r.getNotes(), r.getTags(), r.getExtraFields(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(),
                r.getVersion());
    }
}
