package com.motovaultpro.transfer;

import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.plan.PlanPriority;
import com.motovaultpro.plan.PlanProgress;
import com.motovaultpro.plan.PlanRecord;
import java.util.Locale;
import java.util.Optional;

/**
 * Planned jobs: {@code DateCreated, DateModified, Description, Notes, Type, Priority, Progress,
 * Cost} (LubeLogger writes no tags for plans; they are read if present). Type is LubeLogger's record
 * type name ({@code ServiceRecord}, {@code RepairRecord}, {@code UpgradeRecord}); priority and
 * progress its names ({@code Critical}, {@code InProgress}, …). We keep no modification date of our
 * own, so {@code DateModified} is written as the plan's date and not read.
 */
public final class PlanLayout extends RecordLayout<PlanRecord> {

    public PlanLayout() {
        super(PlanRecord.class, PlanRecord::new, Column.DATE_CREATED, Column.DATE_MODIFIED, Column.DESCRIPTION,
                Column.NOTES, Column.TYPE, Column.PRIORITY, Column.PROGRESS, Column.COST);
    }

    @Override
    protected void readOwn(CsvRow row, PlanRecord record) {
        row.text(Column.DESCRIPTION).ifPresent(record::setDescription);
        row.text(Column.TYPE).ifPresent(type -> kindOf(type).ifPresentOrElse(record::setKind,
                () -> row.refuse(Column.TYPE, "not ServiceRecord, RepairRecord or UpgradeRecord")));
        row.text(Column.PRIORITY).ifPresent(priority -> named(PlanPriority.class, priority)
                .ifPresentOrElse(record::setPriority, () -> row.refuse(Column.PRIORITY, "not Critical, Normal or Low")));
        row.text(Column.PROGRESS).ifPresent(progress -> named(PlanProgress.class, progress)
                .ifPresentOrElse(record::setProgress,
                        () -> row.refuse(Column.PROGRESS, "not Backlog, InProgress, Testing or Done")));
    }

    @Override
    protected String writeOwn(Column column, PlanRecord record, ExportValues out) {
        return switch (column) {
            case DATE_MODIFIED -> out.date(record.getDate());
            case DESCRIPTION -> out.text(record.getDescription());
            case TYPE -> record.getKind() == null ? "" : lubeLoggerName(record.getKind().name()) + "Record";
            case PRIORITY -> record.getPriority() == null ? "" : lubeLoggerName(record.getPriority().name());
            case PROGRESS -> record.getProgress() == null ? "" : lubeLoggerName(record.getProgress().name());
            default -> "";
        };
    }

    /** {@code IN_PROGRESS} → {@code InProgress}. */
    static String lubeLoggerName(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static Optional<MaintenanceKind> kindOf(String text) {
        String name = text.strip();
        if (name.toLowerCase(Locale.ROOT).endsWith("record")) {
            name = name.substring(0, name.length() - "record".length());
        }
        return named(MaintenanceKind.class, name);
    }

    /** The constant named like {@code text}, ignoring case, spaces and underscores ({@code InProgress}, {@code in_progress}). */
}
