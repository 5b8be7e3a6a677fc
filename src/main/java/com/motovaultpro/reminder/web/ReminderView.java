package com.motovaultpro.reminder.web;

import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordNotFoundException;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.maintenance.MaintenanceRecord;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.reminder.Reminder;
import com.motovaultpro.reminder.ReminderNotFoundException;
import com.motovaultpro.reminder.ReminderService;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.primefaces.PrimeFaces;

/** The reminders tab of the vehicle page: open reminders by urgency, add/edit, and "done". */
@ViewModel
public class ReminderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VehicleView vehicleView;

    @Inject
    ReminderService reminders;

    @Inject
    LogbookService logbook;

    private Reminder editing;
    private Long editingId;
    private long editingVersion;
    private Long completingId;
    private LocalDate doneOn;
    private BigDecimal doneAt;
    private Long doneByRecord;
    private transient List<ReminderService.Judged> open;
    private transient List<MaintenanceRecord> recentWork;

    public List<ReminderService.Judged> getOpen() {
        if (open == null) {
            open = reminders.open(vehicleView.getVehicleId(), LocalDate.now());
        }
        return open;
    }

    public void openNew() {
        editing = new Reminder();
        editingId = null;
    }

    public void openEdit(Reminder reminder) {
        editing = reminder.editableCopy();
        editingId = reminder.getId();
        editingVersion = reminder.getVersion();
    }

    public void save() {
        boolean saved = false;
        try {
            if (editingId == null) {
                reminders.create(vehicleView.getVehicleId(), editing);
            } else {
                reminders.update(vehicleView.getVehicleId(), editingId, editing, OptionalLong.of(editingVersion));
            }
            saved = true;
            FacesMessages.info("reminder.saved");
        } catch (ConstraintViolationException e) {
            FacesMessages.violations("reminderDialogForm", e.getConstraintViolations());
        } catch (StaleVersionException | OptimisticLockException | ReminderNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        open = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void delete(Reminder reminder) {
        try {
            reminders.delete(vehicleView.getVehicleId(), reminder.getId());
            FacesMessages.info("reminder.deleted");
        } catch (ReminderNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        open = null;
    }

    public void openComplete(Reminder reminder) {
        completingId = reminder.getId();
        doneOn = LocalDate.now();
        doneAt = null;
        doneByRecord = null;
    }

    public void complete() {
        try {
            reminders.complete(vehicleView.getVehicleId(), completingId,
                    new ReminderService.Completion(doneByRecord, doneOn, doneAt), LocalDate.now());
            FacesMessages.info("reminder.completed");
        } catch (ConstraintViolationException e) {
            // Shown on the page: the done dialog closes, the reminder is unchanged.
            FacesMessages.violations(e.getConstraintViolations());
        } catch (ReminderNotFoundException | RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        open = null;
    }

    /** The vehicle's latest services, repairs and upgrades: what usually completes a reminder. */
    public List<MaintenanceRecord> getRecentWork() {
        if (recentWork == null) {
            recentWork = logbook.page(MaintenanceRecord.class, vehicleView.getVehicleId(), RecordQuery.of(0, 20, null,
                    null, null)).items();
        }
        return recentWork;
    }

    public Reminder getEditing() {
        return editing;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public BigDecimal getDoneAt() {
        return doneAt;
    }

    public void setDoneAt(BigDecimal doneAt) {
        this.doneAt = doneAt;
    }

    public Long getDoneByRecord() {
        return doneByRecord;
    }

    public void setDoneByRecord(Long doneByRecord) {
        this.doneByRecord = doneByRecord;
    }
}
