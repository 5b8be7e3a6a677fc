package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Writes notifications into the outbox, in the caller's transaction: they exist exactly when the
 * change that caused them is committed. A dedupe key already used on a channel writes nothing, so
 * an event noticed twice (two replicas, a retried transaction) notifies once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /**
     * Notifies every channel of {@code userId} that wants {@code event} and may deliver; returns
     * how many notifications were written.
     */
    public int notify(long userId, NotificationEvent event, String dedupeKey, JsonObject facts) {
        List<NotificationChannel> channels = em.createQuery("SELECT c FROM NotificationChannel c"
                        + " WHERE c.userId = :user AND c.enabled = TRUE", NotificationChannel.class)
                .setParameter("user", userId)
                .getResultList();
        int written = 0;
        for (NotificationChannel channel : channels) {
            if (channel.isDeliverable() && channel.wants(event)) {
                written += write(channel, event, dedupeKey, facts);
            }
        }
        return written;
    }

    /** One notification for one channel (a test, an address confirmation). */
    int write(NotificationChannel channel, NotificationEvent event, String dedupeKey, JsonObject facts) {
        return em.createNativeQuery("INSERT INTO notification_outbox (channel_id, user_id, event, dedupe_key,"
                        + " idempotency_key, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " ON CONFLICT (channel_id, dedupe_key) DO NOTHING")
                .setParameter(1, channel.getId())
                .setParameter(2, channel.getUserId())
                .setParameter(3, event.name())
                .setParameter(4, dedupeKey)
                .setParameter(5, UUID.randomUUID())
                .setParameter(6, facts.toString())
                .executeUpdate();
    }
}
