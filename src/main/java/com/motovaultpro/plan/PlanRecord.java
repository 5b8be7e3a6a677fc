package com.motovaultpro.plan;

import com.motovaultpro.logbook.CostedRecord;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.maintenance.MaintenanceRecord;
import com.motovaultpro.platform.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A planned job on the plan board: what, which kind of work it will be, how pressing, how far
 * along, and its estimated cost (the record's cost). Once done it becomes a service, repair or
 * upgrade record, whose id it keeps.
 */
@Entity
@DiscriminatorValue("PLAN")
public class PlanRecord extends CostedRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{plan.description.required}")
    @Size(max = 500, message = "{field.maxLength}")
    @PlainText
    @Column(length = 500)
    private String description;

    @NotNull(message = "{plan.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_kind", length = 16)
    private MaintenanceKind kind;

    @NotNull(message = "{plan.priority.required}")
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PlanPriority priority = PlanPriority.NORMAL;

    @NotNull(message = "{plan.progress.required}")
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PlanProgress progress = PlanProgress.BACKLOG;

    @Column(name = "done_record_id")
    private Long doneRecordId;

    /** This change moved the plan into done (never stored). */
    @Transient
    private boolean movedIntoDone;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        PlanRecord plan = (PlanRecord) other;
        description = plan.description;
        kind = plan.kind;
        priority = plan.priority;
        movedIntoDone = progress != PlanProgress.DONE && plan.progress == PlanProgress.DONE;
        progress = plan.progress;
    }

    @Override
    protected void normalize() {
        super.normalize();
        description = description == null ? null : description.strip();
    }

    /** The same plan in another column of the board. */
    public PlanRecord movedTo(PlanProgress column) {
        PlanRecord moved = new PlanRecord();
        moved.copyDetailsFrom(this);
        moved.progress = column;
        return moved;
    }

    /**
     * Done, not yet turned into a record, and saved as done just now: created so, or moved into done
     * by this change. A plan that was done already (imported as done, whose record the file of
     * that record type carries) does not become a record when it is edited later.
     */
    public boolean isReadyToBecomeRecord(boolean created) {
        return progress == PlanProgress.DONE && doneRecordId == null && (created || movedIntoDone);
    }

    /** The record this finished plan becomes: its kind, description, estimated cost, notes and tags. */
    public MaintenanceRecord toRecord(LocalDate doneOn) {
        MaintenanceRecord record = kind.newRecord();
        record.setDate(doneOn);
        record.setDescription(description);
        record.setCost(getCost());
        record.setNotes(getNotes());
        record.setTags(getTags());
        return record;
    }

    void becameRecord(long recordId) {
        doneRecordId = recordId;
        movedIntoDone = false;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MaintenanceKind getKind() {
        return kind;
    }

    public void setKind(MaintenanceKind kind) {
        this.kind = kind;
    }

    public PlanPriority getPriority() {
        return priority;
    }

    public void setPriority(PlanPriority priority) {
        this.priority = priority;
    }

    public PlanProgress getProgress() {
        return progress;
    }

    public void setProgress(PlanProgress progress) {
        this.progress = progress;
    }

    public Long getDoneRecordId() {
        return doneRecordId;
    }
}
