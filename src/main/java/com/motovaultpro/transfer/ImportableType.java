package com.motovaultpro.transfer;

import com.motovaultpro.maintenance.MaintenanceKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The record types that move in and out as CSV, by the path segment the API names them with. */
public enum ImportableType {
    FUEL(FuelLayout::new),
    SERVICE(economy -> new MaintenanceLayout(MaintenanceKind.SERVICE)),
    REPAIR(economy -> new MaintenanceLayout(MaintenanceKind.REPAIR)),
    UPGRADE(economy -> new MaintenanceLayout(MaintenanceKind.UPGRADE)),
    TAX(economy -> new TaxLayout()),
    SUPPLY(economy -> new SupplyLayout()),
    ODOMETER(economy -> new OdometerLayout()),
    PLAN(economy -> new PlanLayout());

    private final Function<Map<Long, BigDecimal>, RecordLayout<?>> layout;

    ImportableType(Function<Map<Long, BigDecimal>, RecordLayout<?>> layout) {
        this.layout = layout;
    }

    /** The layout for reading a file (economy is never read). */
    public RecordLayout<?> layout() {
        return layout.apply(Map.of());
    }

    /** The layout for writing, with the fill-ups' economy by record id (ignored by other types). */
    public RecordLayout<?> layout(Map<Long, BigDecimal> economy) {
        return layout.apply(economy);
    }

    /** The layout a personal export writes: LubeLogger's, and for fill-ups our FuelType column too. */
    public RecordLayout<?> completeLayout(Map<Long, BigDecimal> economy) {
        return this == FUEL ? FuelLayout.complete(economy) : layout(economy);
    }

    /** As in the API's paths: {@code fuel}, {@code service}, … */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportableType> ofSegment(String segment) {
        for (ImportableType type : values()) {
            if (type.segment().equals(segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
