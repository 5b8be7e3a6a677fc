package com.motovaultpro.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes cached views of changed data unreachable on every replica. Changes inside a transaction
 * are collected and published once it has committed: a reader who starts after the commit never
 * finds an entry made before it, and a rolled-back change invalidates nothing. While a transaction
 * holds unpublished changes of a scope, its own reads of that scope bypass the cache
 * ({@link #pendingIn}), so nothing uncommitted is ever cached.
 *
 * <p>With Redis, the changed scopes are also written to the change log in the same transaction
 * ({@link CacheChangeLog}, one statement when a transaction first names a scope): if Redis cannot
 * be told after the commit, or this replica dies before telling it, {@link CacheChangeDrain} on
 * any replica tells it as soon as it answers. Once told, the rows are only garbage, deleted by
 * this replica's next drain.
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Object KEY = CacheInvalidation.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TwoLevelCache cache;

    @Inject
    CacheChangeLog log;

    @Inject
    CacheChangeDrain drain;

    /** What the current transaction changed: scopes, and its change log rows. */
    private record Pending(Set<String> scopes, List<Long> rows) {
    }

    /** Data of these scopes changed (now, or in the current transaction). */
    public void changed(Collection<String> scopes) {
        if (!inTransaction()) {
            cache.bump(scopes);
            return;
        }
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            pending = new Pending(new LinkedHashSet<>(), new ArrayList<>());
            transactions.putResource(KEY, pending);
            Pending collected = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && cache.bump(collected.scopes())) {
                        drain.announced(collected.rows());
                    }
                }
            });
        }
        List<String> fresh = scopes.stream().filter(s -> !collected(s)).distinct().toList();
        if (fresh.isEmpty()) {
            return;
        }
        pending.scopes().addAll(fresh);
        if (cache.shared()) {
            pending.rows().addAll(log.record(fresh));
        }
    }

    private boolean collected(String scope) {
        return transactions.getResource(KEY) instanceof Pending pending && pending.scopes().contains(scope);
    }

    /** Whether the current transaction changed any of these scopes and has not committed yet. */
    public boolean pendingIn(Collection<String> scopes) {
        if (!inTransaction()) {
            return false;
        }
        return scopes.stream().anyMatch(this::collected);
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }
}
