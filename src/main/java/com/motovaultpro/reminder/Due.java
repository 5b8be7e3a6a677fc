package com.motovaultpro.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** When a reminder is due: by date, by odometer, or both (whichever comes first). */
public record Due(Optional<LocalDate> date, Optional<BigDecimal> odometer) {

    public Due {
        if (date.isEmpty() && odometer.isEmpty()) {
            throw new IllegalArgumentException("a reminder is due by date, by odometer, or both");
        }
    }

    public static Due of(LocalDate date, BigDecimal odometer) {
        return new Due(Optional.ofNullable(date), Optional.ofNullable(odometer));
    }
}
