package com.motovaultpro.trash;

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
 * Empties expired trash once an hour on every replica. The purge is one idempotent DELETE per
 * table, so replicas running it at the same time do no harm.
 */
@ApplicationScoped
public class TrashPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(TrashPurgeSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TrashRepository trash;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: @PostConstruct schedules the purge.
    }

    @PostConstruct
    void schedule() {
        task = scheduler.scheduleAtFixedRate(this::purge, 5, 60, TimeUnit.MINUTES);
    }

    private void purge() {
        try {
            int purged = trash.purgeOlderThan(java.time.Instant.now().minus(TrashRepository.KEPT_FOR));
            if (purged > 0) {
                LOG.info(() -> "Purged " + purged + " item(s) kept in the trash for more than 30 days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Trash purge failed; it runs again in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
