package com.motovaultpro.maintenance.web;

import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.platform.web.ViewModel;

/** The repair tab of the vehicle page. */
@ViewModel
public class RepairLogView extends MaintenanceLogView {

    private static final long serialVersionUID = 1L;

    @Override
    public MaintenanceKind getKind() {
        return MaintenanceKind.REPAIR;
    }
}
