package com.motovaultpro.supply.web;

import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.supply.SupplyRecord;

/** The supplies tab of the vehicle page: parts and consumables bought for this vehicle. */
@ViewModel
public class SupplyLogView extends RecordLog<SupplyRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<SupplyRecord> type() {
        return SupplyRecord.class;
    }

    @Override
    public String getPrefix() {
        return "supply";
    }
}
