package com.motovaultpro.notification;

import com.motovaultpro.platform.web.PublicUrl;
import com.motovaultpro.reminder.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        List<?> due = em.createNativeQuery("SELECT user_id FROM notification_preference WHERE digest <> 'NONE'"
                + " AND next_digest_at <= now() ORDER BY next_digest_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        Instant now = clock.instant();
        for (Object row : due) {
            NotificationPreference preference = em.find(NotificationPreference.class, ((Number) row).longValue());
            digest(preference, LocalDate.ofInstant(now, preference.zone()));
            preference.scheduleAfter(now);
        }
        em.flush();
        return due.size();
    }

    private void digest(NotificationPreference preference, LocalDate today) {
        long person = preference.getUserId();
        List<Long> vehicles = new ArrayList<>();
        em.createNativeQuery("SELECT v.id FROM vehicle v WHERE v.deleted_at IS NULL AND v.sold_date IS NULL"
                        + " AND (v.owner_id = ?1 OR v.id IN (SELECT s.vehicle_id FROM vehicle_share s"
                        + " WHERE s.user_id = ?1 AND s.accepted_at IS NOT NULL)) ORDER BY v.id")
                .setParameter(1, person).getResultList().forEach(id -> vehicles.add(((Number) id).longValue()));
        JsonArrayBuilder items = Json.createArrayBuilder();
        int count = 0;
        for (DueReminders.Judged judged : dueReminders.judge(vehicles, today)) {
            if (judged.urgency() == Urgency.NOT_URGENT) {
                continue;
            }
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("vehicleId", judged.vehicle().getId())
                    .add("vehicle", DueReminders.name(judged.vehicle()))
                    .add("reminderId", judged.reminder().getId())
                    .add("description", judged.reminder().getDescription())
                    .add("urgency", judged.urgency().name())
                    .add("odometerUnit", judged.vehicle().getOdometerUnit().name());
            if (judged.reminder().getDueDate() != null) {
                item.add("dueDate", judged.reminder().getDueDate().toString());
            }
            if (judged.reminder().getDueOdometer() != null) {
                item.add("dueOdometer", judged.reminder().getDueOdometer().toPlainString());
            }
            items.add(item);
            count++;
        }
        if (count > 0) {
            outbox.notify(person, NotificationEvent.DIGEST, "digest:" + preference.getNextDigestAt(),
                    Json.createObjectBuilder()
                            .add("frequency", preference.getDigest().name())
                            .add("count", count)
                            .add("items", items)
                            .add("link", publicUrl.link("/index.xhtml").toString())
                            .build());
        }
    }
}
