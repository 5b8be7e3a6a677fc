package com.motovaultpro.maintenance;

import java.math.BigDecimal;

/** A supply a new service, repair or upgrade uses up, and how much of it. */
public record SupplyUse(long supplyId, BigDecimal quantity) {
}
