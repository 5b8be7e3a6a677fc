package com.motovaultpro.fuel;

import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fill-up or charge as a client sends it; validation happens on the resulting record. */
@Schema(name = "FuelRecordRequest")
public record FuelRecordRequest(
        @Schema(required = true, example = "2024-05-31") LocalDate date,
        @Schema(example = "48250.5") BigDecimal odometer,
        @Schema(required = true, description = "Litres, gallons or kWh, as the vehicle counts them", example = "42.17")
        BigDecimal quantity,
        @Schema(example = "79.90") BigDecimal cost,
        @Schema(description = "For a dual-fuel vehicle; omitted means its primary fuel") FuelType fuelType,
        @Schema(description = "Filled to full (default true)") Boolean fullTank,
        @Schema(description = "The previous fill-up was not recorded (default false)") Boolean missedPrevious,
        String notes,
        List<String> tags,
        @Schema(description = "Save an odometer lower than an earlier-dated reading (replaced or reset odometer)")
        Boolean confirmLowerOdometer,
        @Schema(description = "Save a reading that implies an implausible distance a day since the earlier reading")
        Boolean confirmHighOdometer,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements com.motovaultpro.logbook.RecordRequest {

    FuelRecord toDetails() {
        FuelRecord record = new FuelRecord();
        record.setDate(date);
        record.setOdometer(odometer);
        record.setQuantity(quantity);
        record.setCost(cost);
        record.setFuelType(fuelType);
        record.setFullTank(fullTank == null || fullTank);
        record.setMissedPrevious(missedPrevious != null && missedPrevious);
        record.setNotes(notes);
        record.setTags(tags);
        record.setLowerOdometerConfirmed(confirmLowerOdometer != null && confirmLowerOdometer);
        record.setHighOdometerConfirmed(confirmHighOdometer != null && confirmHighOdometer);
        return record;
    }
}
