package com.motovaultpro.notification;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.logging.OncePerMinute;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Empties the outbox on every replica: {@link #WORKERS} loops (sending mostly waits on the network),
 * each every 2 seconds delivering due
 * notifications one transaction at a time until none is due, together at most
 * {@code motovault.notify.max.per.second} ({@link Pace}). Replicas and loops never send one
 * notification together ({@link Delivery} claims with SKIP LOCKED). Runs on the managed scheduler:
 * never on a request thread.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final int WORKERS = 4;
    /** Deliveries per round and loop before it yields to the next round. */
    static final int ROUND = 1000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Delivery delivery;

    /** Read at the first delivery, not when the bean starts: invalid settings stop the server elsewhere. */
    @Inject
    Provider<AppSettings> settings;

    private volatile Pace pace;

    private final List<ScheduledFuture<?>> loops = new ArrayList<>();
    private final Semaphore extraDrain = new Semaphore(1);
    private final OncePerMinute warnings = new OncePerMinute(LOG);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: it starts its loops once created.
    }

    @PostConstruct
    void start() {
        for (int i = 0; i < WORKERS; i++) {
            loops.add(scheduler.scheduleWithFixedDelay(this::drain, 5 + i, 2, TimeUnit.SECONDS));
        }
    }

    /**
     * Delivers what is due now without waiting for the next round (a test notification, say). A
     * signal, not a thread per call: at most one extra drain runs, however often it is woken.
     */
    public void wake() {
        if (extraDrain.tryAcquire()) {
            try {
                scheduler.execute(() -> {
                    try {
                        drain();
                    } finally {
                        extraDrain.release();
                    }
                });
            } catch (RuntimeException e) {
                extraDrain.release();
                throw e;
            }
        }
    }

    void drain() {
        try {
            for (int i = 0; i < ROUND; i++) {
                pace().await();
                if (delivery.deliverNext().isEmpty()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        } catch (RuntimeException e) {
            // The database is away, most likely; the next round tries again.
            warnings.warn("Delivering notifications failed; trying again shortly", e);
        }
    }

    private Pace pace() {
        Pace current = pace;
        if (current == null) {
            current = new Pace(settings.get().notifications().maxPerSecond());
            pace = current;
        }
        return current;
    }

    @PreDestroy
    void stop() {
        loops.forEach(loop -> loop.cancel(false));
    }
}
