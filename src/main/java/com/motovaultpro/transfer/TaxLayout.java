package com.motovaultpro.transfer;

import com.motovaultpro.tax.TaxRecord;

/** Taxes and fees: {@code Date, Description, Cost, Notes, Tags}. */
public final class TaxLayout extends RecordLayout<TaxRecord> {

    public TaxLayout() {
        super(TaxRecord.class, TaxRecord::new, Column.DATE, Column.DESCRIPTION, Column.COST, Column.NOTES, Column.TAGS);
    }

    @Override
    protected void readOwn(CsvRow row, TaxRecord record) {
        row.text(Column.DESCRIPTION).ifPresent(record::setDescription);
    }

    @Override
    protected String writeOwn(Column column, TaxRecord record, ExportValues out) {
        return column == Column.DESCRIPTION ? out.text(record.getDescription()) : "";
    }
}
