package com.motovaultpro.notification;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.scheduling.SharedJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * The due-reminder scan as a shared job ({@link SharedJobs}, name {@value #JOB}): whichever
 * replica claims it when it is due (moving it on by {@code motovault.notify.scan.minutes}) looks at
 * every watched vehicle, a thousand per transaction, each batch's notifications and notices
 * committed together.
 */
@ApplicationScoped
public class ReminderScan {

    static final String JOB = "reminder-scan";
    private static final Logger LOG = Logger.getLogger(ReminderScan.class.getName());

    @Inject
    SharedJobs jobs;

    @Inject
    ReminderWatch watch;

    @Inject
    AppSettings settings;

    /** Runs the scan if it is due and no other replica runs it; returns how many notifications it wrote. */
    public OptionalInt runIfDue() {
        if (!jobs.claim(JOB, settings.notifications().scanInterval())) {
            return OptionalInt.empty();
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        int written = 0;
        int vehicles = 0;
        long after = 0;
        for (ReminderWatch.Batch batch = watch.checkBatch(after, today); batch.vehicles() > 0;
             batch = watch.checkBatch(after, today)) {
            written += batch.written();
            vehicles += batch.vehicles();
            after = batch.lastVehicleId();
        }
        String result = written + " notification(s) for " + vehicles + " watched vehicle(s) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms";
        jobs.record(JOB, result);
        if (written > 0) {
            LOG.info(() -> "Due reminders: " + result);
        }
        return OptionalInt.of(written);
    }
}
