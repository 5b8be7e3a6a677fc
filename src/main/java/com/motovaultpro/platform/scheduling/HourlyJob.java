package com.motovaultpro.platform.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Housekeeping that runs once an hour on every replica, first a few minutes after start. A
 * subclass is an application-scoped bean that observes application start (so it is created) and
 * does its work in {@link #run()}, which must be safe to run on several replicas at once. A
 * failure is logged and the job simply runs again an hour later.
 */
public abstract class HourlyJob {

    private static final Logger LOG = Logger.getLogger(HourlyJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** What the job does; returns a line for the log, or null when there was nothing to do. */
    protected abstract String run();

    /** Minutes after start of the first run. */
    protected long firstRunAfterMinutes() {
        return 5;
    }

    @PostConstruct
    void schedule() {
        task = scheduler.scheduleAtFixedRate(this::runLogged, firstRunAfterMinutes(), 60, TimeUnit.MINUTES);
    }

    private void runLogged() {
        String name = getClass().getSimpleName();
        try {
            String done = run();
            if (done != null) {
                LOG.info(() -> name + ": " + done);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed; it runs again in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
