package com.motovaultpro.platform.cache;

import com.motovaultpro.platform.database.StartupState;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 2 s on every replica (with Redis): announces what the change log holds that nobody
 * announced, so a committed change reaches Redis within seconds of Redis answering, even if its
 * writer died. Each run pings Redis first, so a replica notices an outage even without traffic;
 * after one it runs a full drain (rows of any age) before its lookups use the cache again
 * ({@link CacheLevels#caughtUp}). Otherwise only rows older than {@link #SETTLE} are taken: younger
 * ones are normally announced by their writer, which deletes them on its next run.
 */
@ApplicationScoped
public class CacheChangeDrain {

    private static final Logger LOG = Logger.getLogger(CacheChangeDrain.class.getName());

    static final Duration EVERY = Duration.ofSeconds(2);
    /** Longer than a run's interval, so a writer's own rows are gone before another replica takes them. */
    static final Duration SETTLE = Duration.ofSeconds(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TwoLevelCache cache;

    @Inject
    CacheChangeLog log;

    @Inject
    StartupState startup;

    /** Rows this replica announced after their commit: garbage, deleted by the next run. */
    private final Queue<Long> announced = new ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> task;
    private boolean failing;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Nothing else here: touching the cache (and so the settings) at this point would turn a
        // configuration error into a failed observer instead of the start-up check's clear exit.
        task = scheduler.scheduleWithFixedDelay(this::run, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** These rows' changes are in Redis: delete them on the next run (no statement of their own). */
    void announced(Collection<Long> rows) {
        announced.addAll(rows);
    }

    void run() {
        if (!startup.isComplete() || !cache.shared()) {
            return; // the schema may not have the table yet; without Redis nothing goes unannounced
        }
        List<Long> garbage = new ArrayList<>();
        try {
            CacheLevels levels = cache.levels();
            long mark = levels.failures();
            if (!levels.reachable()) {
                return; // the cache logs the outage; the rows wait
            }
            Duration olderThan = levels.catchingUp() ? Duration.ZERO : SETTLE;
            for (Long id = announced.poll(); id != null; id = announced.poll()) {
                garbage.add(id);
            }
            if (log.drain(garbage, olderThan, levels::announce)) {
                levels.caughtUp(mark);
            }
            if (failing) {
                failing = false;
                LOG.info("The cache change log is drained again");
            }
        } catch (RuntimeException e) {
            // Caught, or the executor would never run this again.
            announced.addAll(garbage);
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Cannot drain the cache change log (" + e.getMessage()
                        + "): a replica that saw Redis fail reads from the database until it can", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
