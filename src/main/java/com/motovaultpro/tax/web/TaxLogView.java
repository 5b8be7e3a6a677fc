package com.motovaultpro.tax.web;

import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.tax.RecurrenceUnit;
import com.motovaultpro.tax.TaxRecord;

/** The tax and fee tab of the vehicle page. */
@ViewModel
public class TaxLogView extends RecordLog<TaxRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<TaxRecord> type() {
        return TaxRecord.class;
    }

    @Override
    public String getPrefix() {
        return "tax";
    }

    public RecurrenceUnit[] getRecurrenceUnits() {
        return RecurrenceUnit.values();
    }
}
