package com.motovaultpro.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A supply as the API returns it; a shop supply has no vehicle. */
public record SupplyRecordResponse(long id, Long vehicleId, boolean shopSupply, LocalDate date, String description,
                                   String partNumber, String supplier, BigDecimal quantity, BigDecimal cost,
                                   String notes, List<String> tags, Map<String, String> extraFields, String createdBy, Instant createdAt,
                                   String updatedBy, Instant updatedAt, long version) {

    static SupplyRecordResponse of(SupplyRecord r) {
        return new SupplyRecordResponse(r.getId(), r.getVehicleId(), r.isShopSupply(), r.getDate(), r.getDescription(),
                r.getPartNumber(), r.getSupplier(), r.getQuantity(), r.getCost(), r.getNotes(), r.getTags(), r.getExtraFields(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
