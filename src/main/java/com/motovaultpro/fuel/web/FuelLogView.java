package com.motovaultpro.fuel.web;

import com.motovaultpro.fuel.EconomyReport;
import com.motovaultpro.fuel.EconomyService;
import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordNotFoundException;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.logbook.RecordTotals;
import com.motovaultpro.logbook.web.RecordTableModel;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/** The fuel tab of a vehicle: a lazy table with filters and totals, economy, and an edit dialog. */
@ViewModel
public class FuelLogView implements Serializable {

    static final String DIALOG_FORM = "fuelDialogForm";
    private static final long serialVersionUID = 1L;

    @Inject
    VehicleView vehicleView;

    @Inject
    LogbookService logbook;

    @Inject
    EconomyService economyService;

    private RecordTableModel<FuelRecord> records;
    private String tag;
    private LocalDate from;
    private LocalDate to;
    private FuelRecord editing;
    private Long editingId;
    private long editingVersion;
    private transient EconomyReport economy;
    private transient RecordTotals totals;

    @PostConstruct
    void init() {
        records = new RecordTableModel<>(q -> logbook.page(FuelRecord.class, vehicleView.getVehicleId(), q), this::query);
    }

    private RecordQuery query() {
        return RecordQuery.of(0, RecordQuery.DEFAULT_SIZE, from == null ? null : from.toString(),
                to == null ? null : to.toString(), tag);
    }

    /** Filters changed: totals and economy are recomputed, the table starts again at page one. */
    public void applyFilters() {
        totals = null;
        if (from != null && to != null && to.isBefore(from)) {
            FacesMessages.error("fuelFilters:to", "filter.toBeforeFrom");
            to = null;
        }
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":fuelForm:fuelTable");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public RecordTotals getTotals() {
        if (totals == null) {
            totals = logbook.totals(FuelRecord.class, vehicleView.getVehicleId(), query());
        }
        return totals;
    }

    private EconomyReport economy() {
        if (economy == null) {
            economy = economyService.report(vehicleView.getVehicleId(), Optional.empty(), Optional.empty());
        }
        return economy;
    }

    /** The row's economy in its fuel's display unit, e.g. "8.33", or null when it has none. */
    public BigDecimal economyOf(FuelRecord record) {
        return economyByRecord().get(record.getId());
    }

    /** The unit the row's quantity is in: kWh for a charge, else the vehicle's fuel unit. */
    public String quantityUnitOf(FuelRecord record) {
        return vehicleView.getVehicle().volumeUnitFor(fuelOf(record)).name();
    }

    private FuelType fuelOf(FuelRecord record) {
        return record.getFuelType() == null ? vehicleView.getVehicle().getFuelType() : record.getFuelType();
    }

    public String economyUnitOf(FuelRecord record) {
        FuelType fuel = fuelOf(record);
        return economy().series().stream().filter(s -> s.fuelType() == fuel).findFirst()
                .map(s -> s.unit() == null ? "" : s.unit().name()).orElse("");
    }

    /** The fuels that have an average economy yet. */
    public List<EconomyReport.Series> getAveragedSeries() {
        return economy().series().stream().filter(s -> s.average() != null).toList();
    }

    private Map<Long, BigDecimal> economyByRecord() {
        Map<Long, BigDecimal> byRecord = new HashMap<>();
        economy().series().forEach(s -> s.points().forEach(p -> {
            if (p.economy() != null) {
                byRecord.put(p.recordId(), p.economy());
            }
        }));
        return byRecord;
    }

    public void openNew() {
        editing = new FuelRecord();
        editing.setDate(LocalDate.now());
        editingId = null;
    }

    public void openEdit(FuelRecord record) {
        editing = new FuelRecord();
        editing.setDate(record.getDate());
        editing.setOdometer(record.getOdometer());
        editing.setQuantity(record.getQuantity());
        editing.setCost(record.getCost());
        editing.setFuelType(record.getFuelType());
        editing.setFullTank(record.isFullTank());
        editing.setMissedPrevious(record.isMissedPrevious());
        editing.setNotes(record.getNotes());
        editing.setTags(record.getTags());
        editingId = record.getId();
        editingVersion = record.getVersion();
    }

    public void save() {
        boolean saved = false;
        try {
            if (editingId == null) {
                logbook.create(vehicleView.getVehicleId(), editing);
            } else {
                logbook.update(FuelRecord.class, vehicleView.getVehicleId(), editingId, editing,
                        OptionalLong.of(editingVersion));
            }
            saved = true;
            FacesMessages.info("fuel.saved");
            economy = null;
            totals = null;
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(DIALOG_FORM, e.getConstraintViolations());
        } catch (StaleVersionException | OptimisticLockException | RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void delete(FuelRecord record) {
        try {
            logbook.delete(FuelRecord.class, vehicleView.getVehicleId(), record.getId());
            FacesMessages.info("fuel.deleted");
        } catch (RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        economy = null;
        totals = null;
    }

    public List<FuelType> getFuelTypes() {
        return vehicleView.getVehicle().fuels();
    }

    public boolean isDualFuel() {
        return getFuelTypes().size() > 1;
    }

    public RecordTableModel<FuelRecord> getRecords() {
        return records;
    }

    public FuelRecord getEditing() {
        return editing;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
