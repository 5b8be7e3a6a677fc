package com.motovaultpro.plan.web;

import com.motovaultpro.logbook.RecordNotFoundException;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.maintenance.MaintenanceKind;
import com.motovaultpro.plan.PlanPriority;
import com.motovaultpro.plan.PlanProgress;
import com.motovaultpro.plan.PlanRecord;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The plan board of the vehicle page: one column per progress step; a card moves one column
 * left or right, and a card moved to done becomes its service, repair or upgrade record.
 */
@ViewModel
public class PlanBoardView extends RecordLog<PlanRecord> {

    private static final long serialVersionUID = 1L;

    /** Plans shown per board; more is not a plan any more but a backlog to tidy. */
    static final int BOARD_LIMIT = RecordQuery.MAX_SIZE;

    /** One column of the board. */
    public record Column(PlanProgress progress, List<PlanRecord> plans) {
    }

    private transient List<Column> columns;

    @Override
    protected Class<PlanRecord> type() {
        return PlanRecord.class;
    }

    @Override
    public String getPrefix() {
        return "plan";
    }

    @Override
    protected void changed() {
        super.changed();
        columns = null;
    }

    /** The board: the filtered plans by column, most pressing first, then newest. */
    public List<Column> getColumns() {
        if (columns == null) {
            Map<PlanProgress, List<PlanRecord>> byProgress = new EnumMap<>(PlanProgress.class);
            for (PlanProgress progress : PlanProgress.values()) {
                byProgress.put(progress, new ArrayList<>());
            }
            page(query().at(0, BOARD_LIMIT)).items().forEach(plan -> byProgress.get(plan.getProgress()).add(plan));
            columns = new ArrayList<>();
            byProgress.forEach((progress, plans) -> {
                plans.sort(java.util.Comparator.comparing(PlanRecord::getPriority));
                columns.add(new Column(progress, plans));
            });
        }
        return columns;
    }

    /** Moves a card one column left (-1) or right (+1). */
    public void move(PlanRecord plan, int step) {
        int target = plan.getProgress().ordinal() + step;
        if (target < 0 || target >= PlanProgress.values().length) {
            return;
        }
        PlanProgress to = PlanProgress.values()[target];
        try {
            update(plan.getId(), plan.movedTo(to), OptionalLong.of(plan.getVersion()));
            FacesMessages.info(to == PlanProgress.DONE && plan.getDoneRecordId() == null ? "plan.becameRecord" : "plan.moved");
        } catch (StaleVersionException | OptimisticLockException | RecordNotFoundException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        changed();
    }

    public MaintenanceKind[] getKinds() {
        return MaintenanceKind.values();
    }

    public PlanPriority[] getPriorities() {
        return PlanPriority.values();
    }

    public PlanProgress[] getProgressSteps() {
        return PlanProgress.values();
    }
}
