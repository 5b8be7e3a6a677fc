package com.motovaultpro.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of LubeLogger's CSV layout (docs/import-export.md), each with the header it is
 * written under and every header it is read from: headers are matched trimmed and in any case,
 * including the aliases LubeLogger's own importer accepts (Fuelly's names among them).
 */
public enum Column {
    DATE("Date", "fuelup_date"),
    DAY("Day"),
    MONTH("Month"),
    YEAR("Year"),
    DATE_CREATED("DateCreated"),
    DATE_MODIFIED("DateModified"),
    DESCRIPTION("Description"),
    ODOMETER("Odometer", "odo"),
    INITIAL_ODOMETER("InitialOdometer"),
    FUEL_CONSUMED("FuelConsumed", "gallons", "liters", "litres", "consumption", "quantity", "qty"),
    COST("Cost", "total cost", "totalcost", "total price"),
    /** The price of one unit of fuel: cost = fuel × price when the file has no cost. */
    PRICE("Price"),
    FUEL_ECONOMY("FuelEconomy"),
    IS_FILL_TO_FULL("IsFillToFull", "filled up"),
    /** The inverse of {@link #IS_FILL_TO_FULL}: 1 means the tank was not filled. */
    PARTIAL_FUELUP("partial_fuelup", "partial tank", "partial_fill"),
    MISSED_FUELUP("MissedFuelUp", "missed_fuelup", "missed fill up", "missed_fill"),
    PART_NUMBER("PartNumber"),
    PART_SUPPLIER("PartSupplier"),
    PART_QUANTITY("PartQuantity"),
    TYPE("Type"),
    PRIORITY("Priority"),
    PROGRESS("Progress"),
    NOTES("Notes", "note"),
    TAGS("Tags"),
    /**
     * Ours, not LubeLogger's: which fuel a dual-fuel vehicle's fill-up took ({@code GASOLINE},
     * {@code ELECTRIC}, …). Read when a file has it; written only into a personal export.
     */
    FUEL_TYPE("FuelType", "fuel_type");

    /** The prefix of a column holding one of the person's extra fields: {@code extrafield_<Name>}. */
    public static final String EXTRA_FIELD_PREFIX = "extrafield_";

    private final String header;
    private final List<String> aliases;

    Column(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header LubeLogger writes. */
    public String header() {
        return header;
    }

    /** The column a header names, if any (trimmed, any case, aliases included). */
    public static Optional<Column> named(String header) {
        String name = normalized(header);
        for (Column column : values()) {
            if (normalized(column.header).equals(name)
                    || column.aliases.stream().anyMatch(alias -> normalized(alias).equals(name))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalized(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
