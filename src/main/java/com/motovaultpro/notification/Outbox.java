package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes notifications into the outbox, in the caller's transaction: they exist exactly when the
 * change that caused them is committed. A dedupe key already used on a channel writes nothing, so
 * an event noticed twice (two replicas, a retried transaction) notifies once. Many at once (a scan,
 * digests) take one statement to find the people's channels and one JDBC batch to insert.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** A notification for a person, before it is known which of their channels want it. */
    public record Pending(long userId, NotificationEvent event, String dedupeKey, JsonObject facts) {
    }

    /** What {@link #notifyAll} queued: rows, and the pending notifications that reached a channel. */
    public record Queued(int rows, Set<Pending> reached) {
    }

    private static final String INSERT = "INSERT INTO notification_outbox (channel_id, user_id, event, dedupe_key,"
            + " idempotency_key, payload) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel_id, dedupe_key) DO NOTHING";
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** Notifies every channel of {@code userId} that wants {@code event} and may deliver; returns how many were queued. */
    public int notify(long userId, NotificationEvent event, String dedupeKey, JsonObject facts) {
        return notifyAll(List.of(new Pending(userId, event, dedupeKey, facts))).rows();
    }

    /**
     * Notifies, for each pending notification, every channel of its person that wants its event and
     * may deliver; says how many notifications were queued (before the database drops repeats) and
     * which pending ones reached at least one channel.
     */
    public Queued notifyAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return new Queued(0, Set.of());
        }
        Map<Long, List<NotificationChannel>> channels = channelsOf(pending);
        List<Object[]> rows = new ArrayList<>();
        Set<Pending> reached = new HashSet<>();
        for (Pending p : pending) {
            for (NotificationChannel channel : channels.getOrDefault(p.userId(), List.of())) {
                if (channel.isDeliverable() && channel.wants(p.event())) {
                    rows.add(new Object[] {channel.getId(), p.userId(), p.event().name(), p.dedupeKey(), UUID.randomUUID(),
                            p.facts().toString()});
                    reached.add(p);
                }
            }
        }
        insert(rows);
        return new Queued(rows.size(), reached);
    }

    /** One notification for one channel (a test, an address confirmation), whatever it subscribed to. */
    int write(NotificationChannel channel, NotificationEvent event, String dedupeKey, JsonObject facts) {
        insert(List.<Object[]>of(new Object[] {channel.getId(), channel.getUserId(), event.name(), dedupeKey,
                UUID.randomUUID(), facts.toString()}));
        return 1;
    }

    private Map<Long, List<NotificationChannel>> channelsOf(List<Pending> pending) {
        Set<Long> people = new LinkedHashSet<>();
        pending.forEach(p -> people.add(p.userId()));
        List<Long> all = List.copyOf(people);
        Map<Long, List<NotificationChannel>> channels = new HashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            em.createQuery("SELECT c FROM NotificationChannel c WHERE c.userId IN :people AND c.enabled = TRUE",
                            NotificationChannel.class)
                    .setParameter("people", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .setHint("org.hibernate.readOnly", true)
                    .getResultList()
                    .forEach(c -> channels.computeIfAbsent(c.getUserId(), k -> new ArrayList<>()).add(c));
        }
        return channels;
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Object[] row : rows) {
                    insert.setLong(1, (Long) row[0]);
                    insert.setLong(2, (Long) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.setString(4, (String) row[3]);
                    insert.setObject(5, row[4]);
                    insert.setString(6, (String) row[5]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
