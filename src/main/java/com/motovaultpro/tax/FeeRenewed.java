package com.motovaultpro.tax;

import java.time.LocalDate;

/** A recurring fee got its successor (fired in the transaction that created it). */
public record FeeRenewed(long vehicleId, long feeId, String description, LocalDate date) {
}
