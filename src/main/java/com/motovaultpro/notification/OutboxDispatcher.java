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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
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

    @Inject
    AppSettings settings;

    private Pace pace;

    private final List<ScheduledFuture<?>> loops = new ArrayList<>();
    private final OncePerMinute warnings = new OncePerMinute(LOG);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: it starts its loops once created.
    }

    @PostConstruct
    void start() {
        pace = new Pace(settings.notifications().maxPerSecond());
        for (int i = 0; i < WORKERS; i++) {
            loops.add(scheduler.scheduleWithFixedDelay(this::drain, 5 + i, 2, TimeUnit.SECONDS));
        }
    }

    /** Delivers what is due now without waiting for the next round (a test notification, say). */
    public void wake() {
        scheduler.execute(this::drain);
    }

    void drain() {
        try {
            for (int i = 0; i < ROUND; i++) {
                pace.await();
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

    @PreDestroy
    void stop() {
        loops.forEach(loop -> loop.cancel(false));
    }
}
