package com.motovaultpro.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * Work that any replica may do, once per interval, without two doing it together: a row of
 * {@code scheduled_job} per job. {@link #claim} locks the row if the job is due and no other
 * replica holds it ({@code FOR UPDATE SKIP LOCKED}); the job runs in the same transaction and
 * {@link #done} moves it on. A replica that dies mid-run releases the row with its connection; the
 * job is due again at once. Setting {@code next_run_at} to now makes a job run at the next tick.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SharedJobs {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** Whether this transaction now holds job {@code name}, which was due. */
    public boolean claim(String name) {
        return !em.createNativeQuery("SELECT name FROM scheduled_job WHERE name = ?1 AND next_run_at <= now()"
                + " FOR UPDATE SKIP LOCKED").setParameter(1, name).getResultList().isEmpty();
    }

    /** The held job ran: next due after {@code interval}, with a line about what it did. */
    public void done(String name, Duration interval, String result) {
        em.createNativeQuery("UPDATE scheduled_job SET last_run_at = now(), last_result = ?2,"
                        + " next_run_at = now() + make_interval(secs => ?3) WHERE name = ?1")
                .setParameter(1, name)
                .setParameter(2, result.length() > 500 ? result.substring(0, 500) : result)
                .setParameter(3, (double) interval.toSeconds())
                .executeUpdate();
    }
}
