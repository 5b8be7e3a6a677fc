package com.motovaultpro.fuel.web;

import com.motovaultpro.fuel.EconomyReport;
import com.motovaultpro.fuel.EconomyService;
import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.FuelType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fuel log of a vehicle: the common record list plus economy per fill-up and on average. */
@ViewModel
public class FuelLogView extends RecordLog<FuelRecord> {

    private static final long serialVersionUID = 1L;

    @Inject
    EconomyService economyService;

    private transient EconomyReport economy;
    private transient Map<Long, BigDecimal> economyByRecord;

    @Override
    protected Class<FuelRecord> type() {
        return FuelRecord.class;
    }

    @Override
    protected FuelRecord newRecord() {
        return new FuelRecord();
    }

    @Override
    public String getPrefix() {
        return "fuel";
    }

    @Override
    protected String messageKey(String suffix) {
        return "fuel." + suffix;
    }

    @Override
    protected void changed() {
        super.changed();
        economy = null;
        economyByRecord = null;
    }

    private EconomyReport economy() {
        if (economy == null) {
            economy = economyService.report(vehicleView.getVehicleId(), Optional.empty(), Optional.empty());
        }
        return economy;
    }

    /** The row's economy in its fuel's display unit, or null when it has none. */
    public BigDecimal economyOf(FuelRecord record) {
        if (economyByRecord == null) {
            economyByRecord = new HashMap<>();
            economy().series().forEach(s -> s.points().forEach(p -> {
                if (p.economy() != null) {
                    economyByRecord.put(p.recordId(), p.economy());
                }
            }));
        }
        return economyByRecord.get(record.getId());
    }

    /** The unit the row's quantity is in: kWh for a charge, else the vehicle's fuel unit. */
    public String quantityUnitOf(FuelRecord record) {
        return vehicleView.getVehicle().volumeUnitFor(fuelOf(record)).name();
    }

    public String economyUnitOf(FuelRecord record) {
        FuelType fuel = fuelOf(record);
        return economy().series().stream().filter(s -> s.fuelType() == fuel).findFirst()
                .map(s -> s.unit() == null ? "" : s.unit().name()).orElse("");
    }

    private FuelType fuelOf(FuelRecord record) {
        return record.getFuelType() == null ? vehicleView.getVehicle().getFuelType() : record.getFuelType();
    }

    /** The fuels that have an average economy yet. */
    public List<EconomyReport.Series> getAveragedSeries() {
        return economy().series().stream().filter(s -> s.average() != null).toList();
    }

    /** What fuel costs per distance unit (null without distance), in {@link #getCostDistanceUnit()}. */
    public BigDecimal getCostPerDistance() {
        return economy().fuelCostPerDistance();
    }

    public String getCostDistanceUnit() {
        return economy().costDistanceUnit().name();
    }

    public List<FuelType> getFuelTypes() {
        return vehicleView.getVehicle().fuels();
    }

    public boolean isDualFuel() {
        return getFuelTypes().size() > 1;
    }
}
