package com.motovaultpro.notification;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.scheduling.SharedJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * The due-reminder scan as a shared job ({@link SharedJobs}, name {@value #JOB}): whichever
 * replica claims it when it is due looks at every watched vehicle, writes the notifications and
 * moves the job on by {@code motovault.notify.scan.minutes}.
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
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OptionalInt runIfDue() {
        if (!jobs.claim(JOB)) {
            return OptionalInt.empty();
        }
        long started = System.nanoTime();
        int written = watch.checkAll(LocalDate.now());
        String result = written + " notification(s) in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        jobs.done(JOB, settings.notifications().scanInterval(), result);
        if (written > 0) {
            LOG.info(() -> "Due reminders: " + result);
        }
        return OptionalInt.of(written);
    }
}
