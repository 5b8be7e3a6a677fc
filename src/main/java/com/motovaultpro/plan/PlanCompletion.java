package com.motovaultpro.plan;

import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordSaved;
import com.motovaultpro.maintenance.MaintenanceRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * A plan saved as done becomes the matching service, repair or upgrade record, dated the day it
 * was done, in the same transaction; the plan remembers the record so it never becomes two. A
 * plan moved back out of done keeps its record (delete the record to undo it).
 */
@ApplicationScoped
public class PlanCompletion {

    @Inject
    LogbookService logbook;

    void onSaved(@Observes RecordSaved saved) {
        if (saved.record() instanceof PlanRecord plan && plan.isReadyToBecomeRecord(saved.created())) {
            MaintenanceRecord record = logbook.create(plan.getVehicleId(), plan.toRecord(LocalDate.now()));
            plan.becameRecord(record.getId());
        }
    }

    /** Links a restored plan to the record it became, as it was when exported (a personal export). */
    public void restoreLink(long vehicleId, long planId, long recordId) {
        logbook.get(PlanRecord.class, vehicleId, planId).becameRecord(recordId);
    }
}
