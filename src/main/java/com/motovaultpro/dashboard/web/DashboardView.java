package com.motovaultpro.dashboard.web;

import com.motovaultpro.dashboard.Dashboard;
import com.motovaultpro.dashboard.DashboardService;
import com.motovaultpro.dashboard.ExpenseType;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.web.VehicleView;
import com.motovaultpro.platform.web.RequestMemo;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** The dashboard tab of the vehicle page: the vehicle at a glance, its cost table and cost of ownership. */
@ViewModel
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VehicleView vehicleView;

    @Inject
    DashboardService dashboards;

    @Inject
    RequestMemo memo;

    public Dashboard getDashboard() {
        return memo.get(this, "dashboard", () -> dashboards.dashboard(vehicleView.getVehicleId()));
    }

    /** The cost table's columns, in order. */
    public List<ExpenseType> getExpenseTypes() {
        return List.of(ExpenseType.values());
    }

    /** The logbook tab a recent record opens in (services, repairs, … have their own). */
    public String tabOf(String recordType) {
        return recordType.toLowerCase(java.util.Locale.ROOT);
    }
}
