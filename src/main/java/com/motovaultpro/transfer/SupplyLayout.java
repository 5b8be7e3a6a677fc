package com.motovaultpro.transfer;

import com.motovaultpro.supply.SupplyRecord;

/** Supplies: {@code Date, PartNumber, PartSupplier, PartQuantity, Description, Notes, Cost, Tags}. */
public final class SupplyLayout extends RecordLayout<SupplyRecord> {

    public SupplyLayout() {
        super(SupplyRecord.class, SupplyRecord::new, Column.DATE, Column.PART_NUMBER, Column.PART_SUPPLIER,
                Column.PART_QUANTITY, Column.DESCRIPTION, Column.NOTES, Column.COST, Column.TAGS);
    }

    @Override
    protected void readOwn(CsvRow row, SupplyRecord record) {
        row.text(Column.PART_NUMBER).ifPresent(record::setPartNumber);
        row.text(Column.PART_SUPPLIER).ifPresent(record::setSupplier);
        row.number(Column.PART_QUANTITY).ifPresent(record::setQuantity);
        row.text(Column.DESCRIPTION).ifPresent(record::setDescription);
    }

    @Override
    protected String writeOwn(Column column, SupplyRecord record, ExportValues out) {
        return switch (column) {
            case PART_NUMBER -> out.text(record.getPartNumber());
            case PART_SUPPLIER -> out.text(record.getSupplier());
            case PART_QUANTITY -> out.number(record.getQuantity());
            case DESCRIPTION -> out.text(record.getDescription());
            default -> "";
        };
    }
}
