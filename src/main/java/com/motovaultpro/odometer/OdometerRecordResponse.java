package com.motovaultpro.odometer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An odometer reading as the API returns it, with the distance it covers. */
public record OdometerRecordResponse(long id, long vehicleId, LocalDate date, BigDecimal initialOdometer,
                                     BigDecimal odometer, BigDecimal distance, String notes, List<String> tags, Map<String, String> extraFields,
                                     String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                                     long version) {

    static OdometerRecordResponse of(OdometerRecord r) {
        return new OdometerRecordResponse(r.getId(), r.getVehicleId(), r.getDate(), r.getInitialOdometer(),
                r.getOdometer(), r.distance().orElse(null), r.getNotes(), r.getTags(), r.getExtraFields(), r.getCreatedBy(),
                r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
