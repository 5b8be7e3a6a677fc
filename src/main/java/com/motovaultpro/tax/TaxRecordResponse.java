package com.motovaultpro.tax;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A fee as the API returns it; {@code nextDue} is when a recurring fee lapses. */
public record TaxRecordResponse(long id, long vehicleId, LocalDate date, String description, BigDecimal cost,
                                Integer recurrenceInterval, RecurrenceUnit recurrenceUnit, LocalDate nextDue,
                                boolean renewed, String notes, List<String> tags, String createdBy,
                                Instant createdAt, String updatedBy, Instant updatedAt, long version) {

    static TaxRecordResponse of(TaxRecord r) {
        return new TaxRecordResponse(r.getId(), r.getVehicleId(), r.getDate(), r.getDescription(), r.getCost(),
                r.getRecurrenceInterval(), r.getRecurrenceUnit(), r.nextDue().orElse(null), r.isRenewed(),
                r.getNotes(), r.getTags(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(),
                r.getVersion());
    }
}
