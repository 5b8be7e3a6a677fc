package com.motovaultpro.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * The record types whose cost is money spent on the vehicle. Supplies are stock: their cost
 * counts once, when a service, repair or upgrade uses them (it moves into that record's cost).
 * A plan's cost is an estimate, not an expense.
 */
public enum ExpenseType {
    FUEL,
    SERVICE,
    REPAIR,
    UPGRADE,
    TAX;

    /** The record_type values, for queries. */
    public static final List<String> RECORD_TYPES = List.of(FUEL.name(), SERVICE.name(), REPAIR.name(),
            UPGRADE.name(), TAX.name());

    /** The logbook tab (and message key suffix) of this type. */
    public String tab() {
        return name().toLowerCase(Locale.ROOT);
    }
}
