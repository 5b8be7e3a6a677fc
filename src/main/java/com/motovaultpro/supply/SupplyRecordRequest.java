package com.motovaultpro.supply;

import com.motovaultpro.logbook.RecordRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supply bought, as a client sends it. */
@Schema(name = "SupplyRecordRequest")
public record SupplyRecordRequest(
        @Schema(required = true, example = "2024-05-31") LocalDate date,
        @Schema(required = true, example = "Engine oil 5W-30") String description,
        @Schema(example = "OIL-5W30-5L") String partNumber,
        @Schema(example = "Parts Shop") String supplier,
        @Schema(required = true, description = "How many (litres, pieces, …) are in stock", example = "5")
        BigDecimal quantity,
        @Schema(description = "What the quantity in stock cost", example = "42.50") BigDecimal cost,
        String notes,
        List<String> tags,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements RecordRequest {

    SupplyRecord toDetails() {
        SupplyRecord record = new SupplyRecord();
        record.setDate(date);
        record.setDescription(description);
        record.setPartNumber(partNumber);
        record.setSupplier(supplier);
        record.setQuantity(quantity);
        record.setCost(cost);
        record.setNotes(notes);
        record.setTags(tags);
        return record;
    }
}
