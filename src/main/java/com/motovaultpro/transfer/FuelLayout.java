package com.motovaultpro.transfer;

import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Fill-ups: {@code Date, Odometer, FuelConsumed, Cost, FuelEconomy, IsFillToFull, MissedFuelUp,
 * Notes, Tags}. Without a cost column, {@code price} (per unit, as Fuelly writes it) gives cost =
 * fuel × price; without a full column, {@code partial_fuelup} = 1 means not filled up. FuelEconomy
 * is written from our own calculation and never read (the preview compares it). Our own
 * {@code FuelType} column is read when present and written into personal exports.
 */
public final class FuelLayout extends RecordLayout<FuelRecord> {

    /** Economy per exported fill-up (id → value in the person's unit); none for partial or first fill-ups. */
    private final Map<Long, BigDecimal> economy;

    public FuelLayout() {
        this(Map.of());
    }

    public FuelLayout(Map<Long, BigDecimal> economy) {
        super(FuelRecord.class, FuelRecord::new, Column.DATE, Column.ODOMETER, Column.FUEL_CONSUMED, Column.COST,
                Column.FUEL_ECONOMY, Column.IS_FILL_TO_FULL, Column.MISSED_FUELUP, Column.NOTES, Column.TAGS);
        this.economy = economy;
    }

    /** LubeLogger's columns and then ours, {@code FuelType}: what a personal export writes, so that nothing is lost. */
    static FuelLayout complete(Map<Long, BigDecimal> economy) {
        return new FuelLayout(economy, Column.DATE, Column.ODOMETER, Column.FUEL_CONSUMED, Column.COST,
                Column.FUEL_ECONOMY, Column.IS_FILL_TO_FULL, Column.MISSED_FUELUP, Column.NOTES, Column.TAGS,
                Column.FUEL_TYPE);
    }

    private FuelLayout(Map<Long, BigDecimal> economy, Column... columns) {
        super(FuelRecord.class, FuelRecord::new, columns);
        this.economy = economy;
    }

    @Override
    protected void readOwn(CsvRow row, FuelRecord record) {
        Optional<BigDecimal> quantity = row.number(Column.FUEL_CONSUMED);
        quantity.ifPresent(record::setQuantity);
        if (!row.has(Column.COST) && row.has(Column.PRICE)) {
            row.number(Column.PRICE).ifPresent(price -> quantity.ifPresent(q -> record.setCost(
                    q.multiply(price).setScale(2, RoundingMode.HALF_UP)))); // money: to the cent, as entered by hand
        }
        if (row.has(Column.IS_FILL_TO_FULL)) {
            row.text(Column.IS_FILL_TO_FULL).ifPresent(value -> record.setFullTank(
                    value.equalsIgnoreCase("full") || row.yesNo(Column.IS_FILL_TO_FULL).orElse(true)));
        } else if (row.has(Column.PARTIAL_FUELUP)) {
            row.yesNo(Column.PARTIAL_FUELUP).ifPresent(partial -> record.setFullTank(!partial));
        } else {
            record.setFullTank(true);
        }
        row.yesNo(Column.MISSED_FUELUP).ifPresent(record::setMissedPrevious);
        row.text(Column.FUEL_TYPE).ifPresent(fuel -> named(FuelType.class, fuel).ifPresentOrElse(record::setFuelType,
                () -> row.refuse(Column.FUEL_TYPE, "not one of " + Arrays.toString(FuelType.values()))));
    }

    @Override
    protected String writeOwn(Column column, FuelRecord record, ExportValues out) {
        return switch (column) {
            case FUEL_CONSUMED -> out.number(record.getQuantity());
            case FUEL_ECONOMY -> out.number(record.getId() == null ? null : economy.get(record.getId()));
            case IS_FILL_TO_FULL -> out.yesNo(record.isFullTank());
            case MISSED_FUELUP -> out.yesNo(record.isMissedPrevious());
            case FUEL_TYPE -> record.getFuelType() == null ? "" : record.getFuelType().name();
            default -> "";
        };
    }
}
