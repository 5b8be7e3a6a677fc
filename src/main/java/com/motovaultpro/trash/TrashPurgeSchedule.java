package com.motovaultpro.trash;

import com.motovaultpro.platform.scheduling.HourlyJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Empties expired trash once an hour on every replica, documents' bytes included. The purge is one
 * idempotent DELETE per table, so replicas running it at the same time do no harm.
 */
@ApplicationScoped
public class TrashPurgeSchedule extends HourlyJob {

    @Inject
    TrashService trash;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: the job schedules itself once created.
    }

    @Override
    protected String run() {
        int purged = trash.purgeExpired();
        return purged == 0 ? null : "purged " + purged + " item(s) kept in the trash for more than 30 days";
    }
}
