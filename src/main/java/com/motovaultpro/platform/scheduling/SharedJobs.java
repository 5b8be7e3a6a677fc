package com.motovaultpro.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * Work that any replica may do, once per interval, without two doing it together: a row of
 * {@code scheduled_job} per job. {@link #claim} takes a due job in a short transaction of its own:
 * it locks the row if no other replica holds it ({@code FOR UPDATE SKIP LOCKED}) and moves
 * {@code next_run_at} on by the interval, so the other replicas find it not due. The work then runs
 * in transactions of its own size (a long scan never holds one transaction open); a replica that
 * dies midway leaves the rest to the next interval. Setting {@code next_run_at} to now makes a job
 * run at the next tick.
 */
@ApplicationScoped
public class SharedJobs {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** Whether this replica took job {@code name}, which was due; if so it is next due after {@code interval}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String name, Duration interval) {
        if (em.createNativeQuery("SELECT name FROM scheduled_job WHERE name = ?1 AND next_run_at <= now()"
                + " FOR UPDATE SKIP LOCKED").setParameter(1, name).getResultList().isEmpty()) {
            return false;
        }
        em.createNativeQuery("UPDATE scheduled_job SET last_run_at = now(),"
                        + " next_run_at = now() + make_interval(secs => ?2) WHERE name = ?1")
                .setParameter(1, name)
                .setParameter(2, (double) interval.toSeconds())
                .executeUpdate();
        return true;
    }

    /** What the job's last run did, for operators ({@code SELECT * FROM scheduled_job}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String name, String result) {
        em.createNativeQuery("UPDATE scheduled_job SET last_result = ?2 WHERE name = ?1")
                .setParameter(1, name)
                .setParameter(2, result.length() > 500 ? result.substring(0, 500) : result)
                .executeUpdate();
    }
}
