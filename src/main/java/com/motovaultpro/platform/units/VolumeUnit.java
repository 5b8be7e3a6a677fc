package com.motovaultpro.platform.units;

import java.math.BigDecimal;

/** Units fuel is bought in; kWh for electric charging. Gallons are exact by definition. */
public enum VolumeUnit {
    LITRES(BigDecimal.ONE),
    US_GALLONS(new BigDecimal("3.785411784")),
    IMPERIAL_GALLONS(new BigDecimal("4.54609")),
    KILOWATT_HOURS(null);

    private final BigDecimal litres;

    VolumeUnit(BigDecimal litres) {
        this.litres = litres;
    }

    public boolean isElectric() {
        return this == KILOWATT_HOURS;
    }

    /** Litres in one of this unit. */
    public BigDecimal litres() {
        if (litres == null) {
            throw new UnsupportedOperationException("kWh is energy, not a volume");
        }
        return litres;
    }
}
