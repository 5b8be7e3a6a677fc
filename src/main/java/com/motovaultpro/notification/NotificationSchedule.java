package com.motovaultpro.notification;

import com.motovaultpro.platform.logging.OncePerMinute;
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
import java.util.logging.Logger;

/**
 * Every 10 seconds on every replica: is the due-reminder scan due (one row read by primary key;
 * the scan itself runs once per interval on one replica, {@link ReminderScan}), and whose digests
 * are due ({@link Digests}, claimed person by person)? What they wrote is delivered right after.
 */
@ApplicationScoped
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReminderScan scan;

    @Inject
    Digests digests;

    @Inject
    OutboxDispatcher dispatcher;

    private ScheduledFuture<?> tick;
    private final OncePerMinute warnings = new OncePerMinute(LOG);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: it schedules itself once created.
    }

    @PostConstruct
    void start() {
        tick = scheduler.scheduleWithFixedDelay(this::tick, 15, 10, TimeUnit.SECONDS);
    }

    void tick() {
        try {
            boolean wrote = scan.runIfDue().orElse(0) > 0;
            // Digests: batch after batch while people's digests are due (other replicas take other people).
            for (int batches = 0; batches < 50 && digests.runBatch() > 0; batches++) {
                wrote = true;
            }
            if (wrote) {
                dispatcher.wake();
            }
        } catch (RuntimeException e) {
            // The database is away, most likely; the next round tries again.
            warnings.warn("The due-reminder scan or the digests failed; they are tried again shortly", e);
        }
    }

    @PreDestroy
    void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
    }
}
