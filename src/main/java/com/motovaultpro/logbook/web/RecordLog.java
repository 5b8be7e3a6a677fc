package com.motovaultpro.logbook.web;

import com.motovaultpro.extrafield.ExtraField;
import com.motovaultpro.extrafield.ExtraFields;
import com.motovaultpro.logbook.BulkAction;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.MoveRights;
import com.motovaultpro.logbook.RecordNotFoundException;
import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.logbook.RecordRuleException;
import com.motovaultpro.logbook.RecordTotals;
import com.motovaultpro.logbook.validation.OdometerNotBelowEarlier;
import com.motovaultpro.logbook.validation.OdometerPlausible;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccess;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import com.motovaultpro.vehicle.VehicleReadOnlyException;
import com.motovaultpro.vehicle.VehicleService;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import com.motovaultpro.platform.web.RequestMemo;
import jakarta.inject.Inject;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Inject
    VehicleService vehicles;

    @Inject
    Event<DialogSave> dialogSave;

    @Inject
    ExtraFields extraFields;

    @Inject
    protected RequestMemo memo;

    private RecordTableModel<T> records;
    private transient List<ExtraField> extraFieldDefinitions;
    private String tag;
    private LocalDate from;
    private LocalDate to;
    private T editing;
    private Long editingId;
    private long editingVersion;
    private boolean lowerOdometerWarned;
    private boolean highOdometerWarned;
    private List<T> selected = new ArrayList<>();
    private String bulkTag;
    private Long targetVehicleId;
    private Long moveTargetVehicleId;

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
        memo.forget(this, "totals");
    }

    public RecordTotals getTotals() {
        return memo.get(this, "totals", () -> totals(query()));
    }

    public void openNew() {
        editing = newRecord();
        editing.setDate(LocalDate.now());
        editingId = null;
        lowerOdometerWarned = false;
        highOdometerWarned = false;
    }

    public void openEdit(T record) {
        editing = record.editableCopy();
        editingId = record.getId();
        editingVersion = record.getVersion();
        lowerOdometerWarned = false;
        highOdometerWarned = false;
    }

    /**
     * A row's edit button: the record its {@code record} request parameter names, looked up with
     * the same rules as any read of this list (another vehicle's record is not found), opened in
     * the dialog. The rows carry plain buttons and the list one command for each action, instead
     * of two command components per row.
     */
    public void openEditRequested() {
        boolean opened = false;
        try {
            openEdit(find(requestedRecordId()));
            opened = true;
        } catch (RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        PrimeFaces.current().ajax().addCallbackParam("opened", opened);
    }

    /** A row's delete button (after its confirmation): the record its {@code record} request parameter names. */
    public void deleteRequested() {
        try {
            deleteById(requestedRecordId());
        } catch (RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
    }

    /** The record {@code recordId} of this list (the shop overrides this). */
    protected T find(long recordId) {
        return logbook.get(type(), vehicleView.getVehicleId(), recordId);
    }

    /** The {@code record} request parameter; anything but a record id names no record. */
    private static long requestedRecordId() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("record");
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException(-1);
        }
    }

    public void save() {
        boolean saved = false;
        try {
            dialogSave.fire(new DialogSave(editing, editingId == null, DialogSave.Stage.BEFORE));
            if (editingId == null) {
                // A copy: a save that fails after the insert (a follow-up rule) must leave the
                // dialog's record unsaved, so that the corrected form can be saved again.
                create(editing.editableCopy());
            } else {
                update(editingId, editing, OptionalLong.of(editingVersion));
            }
            saved = true;
            dialogSave.fire(new DialogSave(editing, editingId == null, DialogSave.Stage.SAVED));
            FacesMessages.info(messageKey("saved"));
            changed();
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(getPrefix() + "DialogForm", e.getConstraintViolations());
            // A lower or implausibly high odometer is a warning: offer to confirm it.
            lowerOdometerWarned = e.getConstraintViolations().stream().anyMatch(v -> v.getConstraintDescriptor()
                    .getAnnotation() instanceof OdometerNotBelowEarlier);
            highOdometerWarned = e.getConstraintViolations().stream().anyMatch(v -> v.getConstraintDescriptor()
                    .getAnnotation() instanceof OdometerPlausible);
        } catch (InvalidFieldsException e) {
            // Extra-field values that do not fit their definitions: each on its own input.
            List<ExtraField> fields = getExtraFieldDefinitions();
            for (var error : e.errors()) {
                String name = error.field().startsWith("extraFields.") ? error.field().substring("extraFields.".length()) : "";
                int index = fields.stream().map(ExtraField::getName).toList().indexOf(name);
                FacesMessages.error(index < 0 ? null : getPrefix() + "DialogForm:extraFields:" + index + ":extraValue",
                        "extraField.invalid", error.message());
            }
        } catch (RecordRuleException e) {
            FacesMessages.error(getPrefix() + "DialogForm:" + e.parameter(), e.messageKey(), e.arguments());
        } catch (StaleVersionException | OptimisticLockException | RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void delete(T record) {
        deleteById(record.getId());
    }

    private void deleteById(long recordId) {
        try {
            remove(recordId);
            FacesMessages.info(messageKey("deleted"));
        } catch (RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        changed();
    }

    /** The extra fields the records' owner defined for this list's record type, in order. */
    public List<ExtraField> getExtraFieldDefinitions() {
        // Kept with the view, not per request: the dialog binds its inputs to this list by position,
        // so a postback must see the list the page was rendered with.
        if (extraFieldDefinitions == null) {
            extraFieldDefinitions = extraFields.of(ownerId(), type().getAnnotation(DiscriminatorValue.class).value());
        }
        return extraFieldDefinitions;
    }

    /** Whose extra-field definitions apply: the vehicle's owner (the shop overrides this). */
    protected long ownerId() {
        return vehicleView.getVehicle().getOwnerId();
    }

    /** Whether the caller may add, change and delete these records (a viewer of a shared vehicle may not). */
    public boolean isEditable() {
        return vehicleView.isCanEditRecords();
    }

    /** Whether this list offers bulk actions (they work within one vehicle, for those who may edit it). */
    public boolean isBulkAvailable() {
        return isEditable();
    }

    /** Whether moving is offered: only where there is a vehicle the caller may move these records to. */
    public boolean isMoveAvailable() {
        return isBulkAvailable() && !getMoveTargets().isEmpty();
    }

    /** Applies a bulk action (ADD_TAG, REMOVE_TAG, DUPLICATE, MOVE, DELETE) to the selected rows. */
    public void bulk(String action) {
        if (selected == null || selected.isEmpty()) {
            FacesMessages.error(null, "bulk.nothingSelected");
            return;
        }
        BulkAction.Kind kind = BulkAction.Kind.valueOf(action);
        List<Long> ids = selected.stream().map(LogbookRecord::getId).toList();
        Long target = kind == BulkAction.Kind.MOVE ? moveTargetVehicleId : targetVehicleId;
        try {
            int affected = logbook.bulk(vehicleView.getVehicleId(), new BulkAction(kind, ids, bulkTag, target));
            FacesMessages.info("bulk.done." + kind, affected);
            selected = new ArrayList<>();
        } catch (InvalidParameterException e) {
            String field = "tag".equals(e.parameter()) ? "bulkTag" : kind == BulkAction.Kind.MOVE ? "bulkMoveTarget" : "bulkTarget";
            FacesMessages.error(getPrefix() + "Form:" + field,
                    "tag".equals(e.parameter()) ? "bulk.tagInvalid" : "bulk.targetRequired");
        } catch (InvalidFieldsException e) {
            // The API names records[<id>].<field>; the page says how many, in the viewer's language.
            long refused = e.errors().stream().map(f -> f.field().replaceFirst("\\].*", "")).distinct().count();
            FacesMessages.error(null, "bulk.refused", refused);
        } catch (VehicleAccessDeniedException e) {
            FacesMessages.error(null, "bulk.notAllowed");
        } catch (VehicleReadOnlyException e) {
            FacesMessages.error(null, "vehicle.sold.refused");
        } catch (RecordNotFoundException | VehicleNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        changed();
    }

    /** The caller's other vehicles they may edit records of: where selected records can be copied. */
    public List<Vehicle> getOtherVehicles() {
        return memo.get(this, "otherVehicles", () -> vehicles.garage(Permission.EDIT_RECORDS).stream()
                .filter(v -> v.getId() != vehicleView.getVehicleId()).toList());
    }

    /** Where the caller may move these records to ({@link MoveRights}): the owner's other vehicles, or any when they manage this one. */
    public List<Vehicle> getMoveTargets() {
        return memo.get(this, "moveTargets", () -> {
            long owner = vehicleView.getVehicle().getOwnerId();
            return vehicles.garage().stream()
                    .filter(a -> a.vehicle().getId() != vehicleView.getVehicleId())
                    .filter(a -> MoveRights.allowed(vehicleView.getRole(), owner, a.role(), a.vehicle().getOwnerId()))
                    .map(VehicleAccess::vehicle).toList();
        });
    }

    public List<T> getSelected() {
        return selected;
    }

    public void setSelected(List<T> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getBulkTag() {
        return bulkTag;
    }

    public void setBulkTag(String bulkTag) {
        this.bulkTag = bulkTag;
    }

    public Long getTargetVehicleId() {
        return targetVehicleId;
    }

    public void setTargetVehicleId(Long targetVehicleId) {
        this.targetVehicleId = targetVehicleId;
    }

    public Long getMoveTargetVehicleId() {
        return moveTargetVehicleId;
    }

    public void setMoveTargetVehicleId(Long moveTargetVehicleId) {
        this.moveTargetVehicleId = moveTargetVehicleId;
    }

    public RecordTableModel<T> getRecords() {
        return records;
    }

    /** The id of the record in the dialog; null for a new one. */
    public Long getEditingId() {
        return editingId;
    }

    /** Whether files can be attached to records of this list (those of a vehicle; the shop's cannot). */
    public boolean isAttachable() {
        return true;
    }

    public T getEditing() {
        return editing;
    }

    public boolean isLowerOdometerWarned() {
        return lowerOdometerWarned;
    }

    public boolean isHighOdometerWarned() {
        return highOdometerWarned;
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
