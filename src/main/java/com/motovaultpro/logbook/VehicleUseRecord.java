package com.motovaultpro.logbook;

import com.motovaultpro.logbook.validation.OdometerNotBelowEarlier;
import com.motovaultpro.logbook.validation.OdometerPlausible;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/**
 * A record made at an odometer reading that may cost money: fill-ups, services, repairs,
 * upgrades and odometer readings (which carry no cost). Odometer values may be decimal (engine hours); money is exact.
 */
@Entity
@OdometerNotBelowEarlier
@OdometerPlausible
public abstract class VehicleUseRecord extends CostedRecord {

    private static final long serialVersionUID = 1L;

    @DecimalMin(value = "0", message = "{record.odometer.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(precision = 12, scale = 2)
    private BigDecimal odometer;

    /** The person confirmed an odometer lower than an earlier-dated reading (never stored). */
    @jakarta.persistence.Transient
    private boolean lowerOdometerConfirmed;

    /** The person confirmed a reading that implies an implausible distance a day (never stored). */
    @jakarta.persistence.Transient
    private boolean highOdometerConfirmed;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        VehicleUseRecord use = (VehicleUseRecord) other;
        odometer = use.odometer;
        lowerOdometerConfirmed = use.lowerOdometerConfirmed;
        highOdometerConfirmed = use.highOdometerConfirmed;
    }

    public boolean isLowerOdometerConfirmed() {
        return lowerOdometerConfirmed;
    }

    public void setLowerOdometerConfirmed(boolean lowerOdometerConfirmed) {
        this.lowerOdometerConfirmed = lowerOdometerConfirmed;
    }

    public boolean isHighOdometerConfirmed() {
        return highOdometerConfirmed;
    }

    public void setHighOdometerConfirmed(boolean highOdometerConfirmed) {
        this.highOdometerConfirmed = highOdometerConfirmed;
    }

    public BigDecimal getOdometer() {
        return odometer;
    }

    public void setOdometer(BigDecimal odometer) {
        this.odometer = odometer;
    }
}
