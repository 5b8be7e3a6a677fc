package com.motovaultpro.transfer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.BooleanSupplier;

/**
 * The one transaction an import stores its rows in: it commits only if the work says to keep what
 * it added — for an all-or-nothing import, only if no row was refused. Nothing is ever half-imported.
 * Called within a transaction already (a restore imports many files in one), it joins it, and a
 * refusal dooms that transaction too.
 */
@ApplicationScoped
public class ImportTransaction {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code work} in a transaction that stays only if it answers true. */
    @Transactional
    public void run(BooleanSupplier work) {
        if (!work.getAsBoolean()) {
            transactions.setRollbackOnly();
        }
    }
}
