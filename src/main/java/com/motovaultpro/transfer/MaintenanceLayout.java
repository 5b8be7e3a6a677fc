package com.motovaultpro.transfer;

import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.maintenance.MaintenanceRecord;

/** Services, repairs and upgrades alike: {@code Date, Description, Cost, Notes, Odometer, Tags}. */
public final class MaintenanceLayout extends RecordLayout<MaintenanceRecord> {

    @SuppressWarnings("unchecked")
    public MaintenanceLayout(MaintenanceKind kind) {
        super((Class<MaintenanceRecord>) kind.entity(), kind::newRecord, Column.DATE, Column.DESCRIPTION, Column.COST,
                Column.NOTES, Column.ODOMETER, Column.TAGS);
    }

    @Override
    protected void readOwn(CsvRow row, MaintenanceRecord record) {
        row.text(Column.DESCRIPTION).ifPresent(record::setDescription);
    }

    @Override
    protected String writeOwn(Column column, MaintenanceRecord record, ExportValues out) {
        return column == Column.DESCRIPTION ? out.text(record.getDescription()) : "";
    }
}
