package com.motovaultpro.odometer;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.RecordContext;
import com.motovaultpro.logbook.VehicleUseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An odometer reading: where a stretch of driving started and ended; the distance is derived.
 * The start defaults to the vehicle's latest earlier reading. Readings carry no cost.
 */
@Entity
@DiscriminatorValue("ODOMETER")
@ValidReading
public class OdometerRecord extends VehicleUseRecord {

    private static final long serialVersionUID = 1L;

    @DecimalMin(value = "0", message = "{record.odometer.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(name = "initial_odometer", precision = 12, scale = 2)
    private BigDecimal initialOdometer;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        initialOdometer = ((OdometerRecord) other).initialOdometer;
    }

    @Override
    protected void normalize() {
        super.normalize();
        setCost(null);
    }

    @Override
    protected void fillDefaults(RecordContext context) {
        if (initialOdometer == null) {
            initialOdometer = context.highestEarlierReading().map(RecordContext.EarlierReading::odometer).orElse(null);
        }
    }

    /** Distance travelled: end minus start reading, when both are known. */
    public Optional<BigDecimal> distance() {
        return initialOdometer == null || getOdometer() == null ? Optional.empty()
                : Optional.of(getOdometer().subtract(initialOdometer));
    }

    public BigDecimal getInitialOdometer() {
        return initialOdometer;
    }

    public void setInitialOdometer(BigDecimal initialOdometer) {
        this.initialOdometer = initialOdometer;
    }
}
