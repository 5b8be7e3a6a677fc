package com.motovaultpro.platform.units;

import java.math.BigDecimal;

/** Units odometers count in. Engine hours are not a distance and convert to nothing else. */
public enum DistanceUnit {
    KILOMETERS(BigDecimal.ONE),
    MILES(new BigDecimal("1.609344")),
    HOURS(null);

    private final BigDecimal kilometres;

    DistanceUnit(BigDecimal kilometres) {
        this.kilometres = kilometres;
    }

    /** Kilometres in one of this unit (exact by definition: 1 mi = 1.609344 km). */
    public BigDecimal kilometres() {
        if (kilometres == null) {
            throw new UnsupportedOperationException("Engine hours are not a distance");
        }
        return kilometres;
    }

    public boolean isDistance() {
        return kilometres != null;
    }
}
