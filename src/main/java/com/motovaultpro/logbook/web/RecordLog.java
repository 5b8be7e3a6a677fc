package com.motovaultpro.logbook.web;

import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordNotFoundException;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.logbook.RecordTotals;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * What every record list on the vehicle page does, written once: a lazy table over the
 * vehicle's records of one type, date and tag filters, totals of the filtered records, and a
 * dialog to add or edit one (validation messages per field, concurrent changes reported).
 */
public abstract class RecordLog<T extends LogbookRecord> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected VehicleView vehicleView;

    @Inject
    protected LogbookService logbook;

    private RecordTableModel<T> records;
    private String tag;
    private LocalDate from;
    private LocalDate to;
    private T editing;
    private Long editingId;
    private long editingVersion;
    private boolean lowerOdometerWarned;
    private transient RecordTotals totals;

    /** The entity class of this list's records. */
    protected abstract Class<T> type();

    /** A new, empty record of this list's type. */
    protected T newRecord() {
        try {
            return type().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Record type without a public no-argument constructor: " + type(), e);
        }
    }

    /** The id prefix of this list's forms (e.g. "fuel" for fuelForm, fuelFilters, fuelDialogForm). */
    public abstract String getPrefix();

    /** A message key from the list's own bundle section, e.g. "fuel.saved". */
    protected String messageKey(String suffix) {
        return getPrefix() + "." + suffix;
    }

    // Where the records live: the page's vehicle by default; the shop overrides these.

    protected RecordPage<T> page(RecordQuery query) {
        return logbook.page(type(), vehicleView.getVehicleId(), query);
    }

    protected RecordTotals totals(RecordQuery query) {
        return logbook.totals(type(), vehicleView.getVehicleId(), query);
    }

    protected void create(T record) {
        logbook.create(vehicleView.getVehicleId(), record);
    }

    protected void update(long recordId, T details, OptionalLong expectedVersion) {
        logbook.update(type(), vehicleView.getVehicleId(), recordId, details, expectedVersion);
    }

    protected void remove(long recordId) {
        logbook.delete(type(), vehicleView.getVehicleId(), recordId);
    }

    @PostConstruct
    void initTable() {
        records = new RecordTableModel<>(this::page, this::query);
    }

    protected RecordQuery query() {
        return RecordQuery.of(0, RecordQuery.DEFAULT_SIZE, from == null ? null : from.toString(),
                to == null ? null : to.toString(), tag);
    }

    /** Filters changed: totals are recomputed, the table starts again at page one. */
    public void applyFilters() {
        changed();
        if (from != null && to != null && to.isBefore(from)) {
            FacesMessages.error(getPrefix() + "Filters:to", "filter.toBeforeFrom");
            to = null;
        }
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent(":" + getPrefix() + "Form:" + getPrefix() + "Table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Something this list shows changed: derived figures are computed again. */
    protected void changed() {
        totals = null;
    }

    public RecordTotals getTotals() {
        if (totals == null) {
            totals = totals(query());
        }
        return totals;
    }

    public void openNew() {
        editing = newRecord();
        editing.setDate(LocalDate.now());
        editingId = null;
        lowerOdometerWarned = false;
    }

    public void openEdit(T record) {
        editing = record.editableCopy();
        editingId = record.getId();
        editingVersion = record.getVersion();
        lowerOdometerWarned = false;
    }

    public void save() {
        boolean saved = false;
        try {
            if (editingId == null) {
                create(editing);
            } else {
                update(editingId, editing, OptionalLong.of(editingVersion));
            }
            saved = true;
            FacesMessages.info(messageKey("saved"));
            changed();
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(getPrefix() + "DialogForm", e.getConstraintViolations());
            // A lower odometer is a warning: offer to confirm it.
            lowerOdometerWarned = e.getConstraintViolations().stream().anyMatch(v -> v.getConstraintDescriptor()
                    .getAnnotation() instanceof com.motovaultpro.logbook.validation.OdometerNotBelowEarlier);
        } catch (StaleVersionException | OptimisticLockException | RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void delete(T record) {
        try {
            remove(record.getId());
            FacesMessages.info(messageKey("deleted"));
        } catch (RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        changed();
    }

    public RecordTableModel<T> getRecords() {
        return records;
    }

    public T getEditing() {
        return editing;
    }

    public boolean isLowerOdometerWarned() {
        return lowerOdometerWarned;
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
