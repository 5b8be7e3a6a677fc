package com.motovaultpro.odometer.web;

import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.odometer.OdometerRecord;
import com.motovaultpro.platform.web.ViewModel;

/** The odometer tab of the vehicle page. */
@ViewModel
public class OdometerLogView extends RecordLog<OdometerRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<OdometerRecord> type() {
        return OdometerRecord.class;
    }

    @Override
    public String getPrefix() {
        return "odometer";
    }
}
