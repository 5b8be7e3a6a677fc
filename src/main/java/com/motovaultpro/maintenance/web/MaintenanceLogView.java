package com.motovaultpro.maintenance.web;

import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.maintenance.MaintenanceRecord;

/** A vehicle's services, repairs or upgrades: the common record list for one kind of work. */
public abstract class MaintenanceLogView extends RecordLog<MaintenanceRecord> {

    private static final long serialVersionUID = 1L;

    public abstract MaintenanceKind getKind();

    @Override
    @SuppressWarnings("unchecked")
    protected Class<MaintenanceRecord> type() {
        return (Class<MaintenanceRecord>) getKind().entity();
    }

    @Override
    protected MaintenanceRecord newRecord() {
        return getKind().newRecord();
    }

    @Override
    public String getPrefix() {
        return getKind().segment();
    }

    @Override
    protected String messageKey(String suffix) {
        return "maintenance." + getKind().segment() + "." + suffix;
    }
}
