package com.motovaultpro.document.storage;

import com.motovaultpro.platform.health.BoundedCheck;
import com.motovaultpro.platform.health.CachedProbe;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Whether document storage answers, for pages that show documents: checked at most every 2 s,
 * each check at most 800 ms, so a page never waits on a storage that hangs; it shows the
 * documents as unavailable instead.
 */
@ApplicationScoped
public class StorageStatus {

    @Inject
    GuardedStorage storage;

    @Resource
    ManagedExecutorService executor;

    private final BoundedCheck<Boolean> check = new BoundedCheck<>(Duration.ofMillis(800));
    private final CachedProbe probe = new CachedProbe(() -> check.run(() -> {
        storage.ping();
        return true;
    }, executor).ok(), TimeUnit.SECONDS.toNanos(2), System::nanoTime);

    public boolean available() {
        return probe.up();
    }
}
