package com.motovaultpro.fuel.web;

import com.motovaultpro.fuel.EconomyReport;
import com.motovaultpro.fuel.EconomyService;
import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.FuelType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fuel log of a vehicle: the common record list plus economy per fill-up and on average. */
@ViewModel
public class FuelLogView extends RecordLog<FuelRecord> {

    private static final long serialVersionUID = 1L;

    @Inject
    EconomyService economyService;

    @Inject
    com.motovaultpro.account.AccountPreferences preferences;


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
        memo.forget(this, "economy", "economyByRecord");
    }

    private EconomyReport economy() {
        return memo.get(this, "economy",
                () -> economyService.report(vehicleView.getVehicleId(), Optional.empty(), Optional.empty()));
    }

    /** The row's economy in its fuel's display unit, or null when it has none. */
    public BigDecimal economyOf(FuelRecord record) {
        Map<Long, BigDecimal> byRecord = memo.get(this, "economyByRecord", () -> economy().byRecord());
        return byRecord.get(record.getId());
    }

    /** The unit the row's quantity is shown in: kWh for a charge, else the viewer's or the vehicle's volume unit. */
    public String quantityUnitOf(FuelRecord record) {
        return shownUnit(recordedUnit(record)).name();
    }

    /** The row's quantity in {@link #quantityUnitOf}. */
    public BigDecimal quantityOf(FuelRecord record) {
        VolumeUnit recorded = recordedUnit(record);
        return recorded.convert(record.getQuantity(), shownUnit(recorded));
    }

    /** The filtered rows' total quantity, in the vehicle's liquid unit or the viewer's (charges count as recorded). */
    public BigDecimal getTotalQuantity() {
        VolumeUnit recorded = primaryUnit();
        return recorded.convert(getTotals().quantity(), shownUnit(recorded));
    }

    public String getTotalQuantityUnit() {
        return shownUnit(primaryUnit()).name();
    }

    private VolumeUnit primaryUnit() {
        return vehicleView.getVehicle().volumeUnitFor(vehicleView.getVehicle().getFuelType());
    }

    private VolumeUnit recordedUnit(FuelRecord record) {
        return vehicleView.getVehicle().volumeUnitFor(fuelOf(record));
    }

    private VolumeUnit shownUnit(VolumeUnit recorded) {
        return recorded.isElectric() ? recorded : preferences.display().volumeUnit().orElse(recorded);
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
