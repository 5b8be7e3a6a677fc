package com.motovaultpro.logbook;

import java.math.BigDecimal;

/** A record type that counts a quantity (fuel bought, supplies in stock): its list totals sum it. */
public interface HasQuantity {

    BigDecimal getQuantity();
}
