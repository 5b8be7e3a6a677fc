package com.motovaultpro.fuel;

import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A fill-up or charge as the API returns it. */
public record FuelRecordResponse(long id, long vehicleId, LocalDate date, BigDecimal odometer, BigDecimal quantity,
                                 BigDecimal cost, FuelType fuelType, boolean fullTank, boolean missedPrevious,
                                 String notes, List<String> tags, Map<String, String> extraFields, String createdBy, Instant createdAt,
                                 String updatedBy, Instant updatedAt, long version) {

    static FuelRecordResponse of(FuelRecord r) {
        return new FuelRecordResponse(r.getId(), r.getVehicleId(), r.getDate(), r.getOdometer(), r.getQuantity(),
                r.getCost(), r.getFuelType(), r.isFullTank(), r.isMissedPrevious(), r.getNotes(), r.getTags(), r.getExtraFields(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
