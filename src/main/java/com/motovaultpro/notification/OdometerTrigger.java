package com.motovaultpro.notification;

import com.motovaultpro.logbook.RecordSaved;
import com.motovaultpro.logbook.VehicleUseRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * An odometer reading saved (with a fill-up, a service, an odometer record…) may make a reminder
 * due by distance: that vehicle's reminders are looked at in the same transaction, so the
 * notification is written with the reading, not at the next scan.
 */
@ApplicationScoped
public class OdometerTrigger {

    @Inject
    ReminderWatch watch;

    void onSaved(@Observes RecordSaved saved) {
        if (saved.record() instanceof VehicleUseRecord use && use.getOdometer() != null) {
            watch.checkVehicle(use.getVehicleId(), LocalDate.now());
        }
    }
}
