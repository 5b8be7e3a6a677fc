package com.motovaultpro.transfer;

import com.motovaultpro.odometer.OdometerRecord;

/** Odometer readings: {@code Date, InitialOdometer, Odometer, Notes, Tags}. */
public final class OdometerLayout extends RecordLayout<OdometerRecord> {

    public OdometerLayout() {
        super(OdometerRecord.class, OdometerRecord::new, Column.DATE, Column.INITIAL_ODOMETER, Column.ODOMETER,
                Column.NOTES, Column.TAGS);
    }

    @Override
    protected void readOwn(CsvRow row, OdometerRecord record) {
        row.number(Column.INITIAL_ODOMETER).ifPresent(record::setInitialOdometer);
    }

    @Override
    protected String writeOwn(Column column, OdometerRecord record, ExportValues out) {
        return column == Column.INITIAL_ODOMETER ? out.number(record.getInitialOdometer()) : "";
    }
}
