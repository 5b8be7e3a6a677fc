package com.motovaultpro.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 10 seconds on every replica: is the due-reminder scan due? (One row read by primary key;
 * the scan itself runs once per interval on one replica, {@link ReminderScan}.) Its notifications
 * are delivered right after.
 */
@ApplicationScoped
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReminderScan scan;

    @Inject
    OutboxDispatcher dispatcher;

    private ScheduledFuture<?> tick;
    private volatile long lastWarning;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: it schedules itself once created.
    }

    @PostConstruct
    void start() {
        tick = scheduler.scheduleWithFixedDelay(this::tick, 15, 10, TimeUnit.SECONDS);
    }

    void tick() {
        try {
            if (scan.runIfDue().orElse(0) > 0) {
                dispatcher.wake();
            }
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastWarning > 60_000) {
                lastWarning = now;
                LOG.log(Level.WARNING, "The due-reminder scan failed; it is tried again shortly", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
    }
}
