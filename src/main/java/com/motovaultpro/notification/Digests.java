package com.motovaultpro.notification;

import com.motovaultpro.platform.web.PublicUrl;
import com.motovaultpro.reminder.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily and weekly digests: each replica claims up to {@value #BATCH} people whose digest is due
 * ({@code FOR UPDATE SKIP LOCKED} on their preference rows, so two replicas never take the same
 * person), writes each one's list of urgent, very urgent and past-due reminders across the
 * vehicles they see (nothing when nothing is due), and schedules their next digest — all in one
 * transaction.
 */
@ApplicationScoped
public class Digests {

    static final int BATCH = 200;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    DueReminders dueReminders;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    /** Writes the digests of one batch of people whose digest is due; returns how many people it took. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int runBatch() {
        // Only the preference rows change (their next digest), flushed at commit: no flush before
        // every statement, which would check every loaded vehicle and reminder each time.
        em.setFlushMode(FlushModeType.COMMIT);
        List<?> due = em.createNativeQuery("SELECT user_id FROM notification_preference WHERE digest <> 'NONE'"
                + " AND next_digest_at <= now() ORDER BY next_digest_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> people = due.stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, List<Long>> vehiclesOf = vehiclesOf(people);
        Instant now = clock.instant();
        // "Today" is each person's own date; the people of a batch share one or two of them.
        Map<Long, NotificationPreference> preferences = new HashMap<>();
        Map<LocalDate, List<Long>> byDay = new HashMap<>();
        for (long person : people) {
            NotificationPreference preference = em.find(NotificationPreference.class, person);
            preferences.put(person, preference);
            byDay.computeIfAbsent(LocalDate.ofInstant(now, preference.zone()), d -> new ArrayList<>()).add(person);
        }
        List<Outbox.Pending> pending = new ArrayList<>();
        byDay.forEach((today, group) -> {
            Map<Long, List<DueReminders.Judged>> judged = new HashMap<>();
            dueReminders.judge(group.stream().flatMap(p -> vehiclesOf.getOrDefault(p, List.of()).stream()).distinct().toList(),
                            today).stream().filter(j -> j.urgency() != Urgency.NOT_URGENT)
                    .forEach(j -> judged.computeIfAbsent(j.vehicle().getId(), k -> new ArrayList<>()).add(j));
            for (long person : group) {
                NotificationPreference preference = preferences.get(person);
                List<DueReminders.Judged> items = vehiclesOf.getOrDefault(person, List.of()).stream()
                        .flatMap(v -> judged.getOrDefault(v, List.of()).stream()).toList();
                if (!items.isEmpty()) {
                    pending.add(new Outbox.Pending(person, NotificationEvent.DIGEST, "digest:" + preference.getNextDigestAt(),
                            facts(preference, items)));
                }
                preference.scheduleAfter(now);
            }
        });
        outbox.notifyAll(pending);
        em.flush();
        return people.size();
    }

    /** The live, unsold vehicles each person sees (owns or accepted), in one statement. */
    private Map<Long, List<Long>> vehiclesOf(List<Long> people) {
        Map<Long, List<Long>> vehicles = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT v.owner_id, v.id FROM vehicle v WHERE v.owner_id IN (:people)"
                        + " AND v.deleted_at IS NULL AND v.sold_date IS NULL UNION"
                        + " SELECT s.user_id, v.id FROM vehicle_share s JOIN vehicle v ON v.id = s.vehicle_id"
                        + " WHERE s.user_id IN (:people) AND s.accepted_at IS NOT NULL AND v.deleted_at IS NULL"
                        + " AND v.sold_date IS NULL ORDER BY 1, 2")
                .setParameter("people", people).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            vehicles.computeIfAbsent(((Number) cells[0]).longValue(), k -> new ArrayList<>()).add(((Number) cells[1]).longValue());
        }
        return vehicles;
    }

    private JsonObject facts(NotificationPreference preference, List<DueReminders.Judged> due) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        due.forEach(judged -> items.add(judged.facts()));
        return Json.createObjectBuilder()
                .add("frequency", preference.getDigest().name())
                .add("count", due.size())
                .add("items", items)
                .add("link", publicUrl.link("/index.xhtml").toString())
                .build();
    }
}
