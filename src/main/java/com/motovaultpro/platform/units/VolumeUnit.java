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

    /**
     * {@code quantity} of this unit expressed in {@code target} (exact factors, rounded to three
     * decimals as quantities are stored). Energy (kWh) only converts to itself.
     */
    public BigDecimal convert(BigDecimal quantity, VolumeUnit target) {
        if (quantity == null || target == this) {
            return quantity;
        }
        if (isElectric() || target.isElectric()) {
            throw new UnsupportedOperationException("kWh converts to no volume");
        }
        return quantity.multiply(litres()).divide(target.litres(), 3, java.math.RoundingMode.HALF_EVEN);
    }
}
