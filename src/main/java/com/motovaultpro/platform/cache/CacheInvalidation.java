package com.motovaultpro.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes cached views of changed data unreachable on every replica. Changes inside a transaction
 * are collected and published once it has committed: a reader who starts after the commit never
 * finds an entry made before it, and a rolled-back change invalidates nothing. While a transaction
 * holds unpublished changes of a scope, its own reads of that scope bypass the cache
 * ({@link #pendingIn}), so nothing uncommitted is ever cached.
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Object KEY = CacheInvalidation.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TwoLevelCache cache;

    /** Data of these scopes changed (now, or in the current transaction). */
    public void changed(Collection<String> scopes) {
        if (!inTransaction()) {
            cache.bump(scopes);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transactions.getResource(KEY);
        if (pending == null) {
            Set<String> collected = new LinkedHashSet<>();
            transactions.putResource(KEY, collected);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        cache.bump(collected);
                    }
                }
            });
            pending = collected;
        }
        pending.addAll(scopes);
    }

    /** Whether the current transaction changed any of these scopes and has not committed yet. */
    public boolean pendingIn(Collection<String> scopes) {
        if (!inTransaction()) {
            return false;
        }
        Object pending = transactions.getResource(KEY);
        return pending instanceof Set<?> set && scopes.stream().anyMatch(set::contains);
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }
}
