package com.motovaultpro.transfer;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.platform.web.ProblemDetail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The one transaction of an import: every record is added and checked like a create; then the
 * transaction commits only if the import is to keep what it added — never for a dry run, and for
 * an all-or-nothing import only if no row was refused. Nothing is ever half-imported.
 */
@ApplicationScoped
public class ImportTransaction {

    @Inject
    LogbookService logbook;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The problems of each record, in order; what was added stays only when {@code keep} answers true. */
    @Transactional
    public List<List<ProblemDetail.FieldError>> apply(long vehicleId, List<? extends LogbookRecord> records, Keep keep) {
        List<List<ProblemDetail.FieldError>> outcome = logbook.importRecords(vehicleId, records);
        if (!keep.test(outcome.stream().allMatch(List::isEmpty))) {
            transactions.setRollbackOnly();
        }
        return outcome;
    }

    /** Whether to keep the added records, knowing whether every record passed. */
    @FunctionalInterface
    public interface Keep {
        boolean test(boolean allPassed);
    }
}
