package com.motovaultpro.tax;

import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Rolls recurring fees forward: a lapsed fee gets its successor (and that one its own, while they
 * keep falling due), and is marked renewed so it never produces a second one. Fees are locked
 * while renewed and locked ones skipped, so replicas running this at the same time share the work
 * instead of duplicating it.
 */
@ApplicationScoped
@Transactional
public class TaxRenewals {

    /** Shown as the creator of fees made by renewal (cannot clash: user names have no parentheses). */
    public static final String RENEWED_BY = "(renewal)";

    /** Successors created per fee and run; a very old daily fee catches up over later runs. */
    static final int MAX_PER_FEE = 120;

    private static final int MAX_FEES_PER_RUN = 500;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    LogbookService logbook;

    @Inject
    Event<FeeRenewed> renewed;

    /** Renews every lapsed recurring fee of every live vehicle; returns how many fees were created. */
    public int renewAllLapsed(LocalDate today) {
        return renew(lockLapsed(today, null), today);
    }

    /** A fee saved with a date long enough ago is renewed at once, so the user sees the result. */
    void onSaved(@Observes RecordSaved saved) {
        if (saved.record() instanceof TaxRecord fee && fee.isRecurring() && !fee.isRenewed()) {
            renew(lockLapsed(LocalDate.now(), fee.getId()), LocalDate.now());
        }
    }

    private int renew(List<Long> feeIds, LocalDate today) {
        int created = 0;
        for (long id : feeIds) {
            TaxRecord fee = em.find(TaxRecord.class, id);
            TaxRecord previous = fee;
            for (LocalDate date : Renewals.due(fee.getDate(), fee.getRecurrenceInterval(), fee.getRecurrenceUnit(),
                    today, MAX_PER_FEE)) {
                TaxRecord next = logbook.addFollowUp(previous, previous.successorOn(date), RENEWED_BY);
                previous.markRenewed();
                renewed.fire(new FeeRenewed(next.getVehicleId(), next.getId(), next.getDescription(), next.getDate()));
                previous = next;
                created++;
            }
        }
        em.flush();
        return created;
    }

    private List<Long> lockLapsed(LocalDate today, Long onlyId) {
        List<?> ids = em.createNativeQuery("""
                SELECT r.id FROM logbook_record r JOIN vehicle v ON v.id = r.vehicle_id
                WHERE r.record_type = 'TAX' AND r.recurrence_interval IS NOT NULL AND r.renewed IS NOT TRUE
                  AND r.deleted_at IS NULL AND v.deleted_at IS NULL AND (?2 < 0 OR r.id = ?2)
                  AND CASE WHEN r.recurrence_unit = 'MONTHS'
                           THEN r.record_date + make_interval(months => r.recurrence_interval)
                           ELSE r.record_date + make_interval(days => r.recurrence_interval) END <= ?1
                ORDER BY r.id LIMIT ?3
                FOR UPDATE OF r SKIP LOCKED""")
                .setParameter(1, today)
                .setParameter(2, onlyId == null ? -1L : onlyId)
                .setParameter(3, MAX_FEES_PER_RUN)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
