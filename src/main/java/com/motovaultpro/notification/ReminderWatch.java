package com.motovaultpro.notification;

import com.motovaultpro.platform.web.PublicUrl;
import com.motovaultpro.reminder.Due;
import com.motovaultpro.reminder.Reminder;
import com.motovaultpro.reminder.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Finds reminders that became urgent, very urgent or past due and writes a notification for each
 * person who can see the vehicle and wants {@link NotificationEvent#REMINDER_DUE}, together with
 * what they were told ({@code reminder_notice}) — in one transaction, so a reminder notifies once.
 * Only vehicles with such a person are looked at, a thousand at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderWatch {

    static final int VEHICLES_PER_BATCH = 1000;

    /** Vehicles (live, not sold) with at least one person who has a channel that delivers due reminders. */
    private static final String WATCHED = "SELECT v.id FROM vehicle v WHERE v.deleted_at IS NULL AND v.sold_date IS NULL"
            + " AND v.id > ?1 AND EXISTS (SELECT 1 FROM notification_channel c WHERE c.enabled"
            + " AND (c.kind <> 'EMAIL' OR c.confirmed_at IS NOT NULL)"
            + " AND c.events LIKE '%REMINDER_DUE%' AND (c.user_id = v.owner_id OR c.user_id IN"
            + " (SELECT s.user_id FROM vehicle_share s WHERE s.vehicle_id = v.id AND s.accepted_at IS NOT NULL)))"
            + " ORDER BY v.id LIMIT " + VEHICLES_PER_BATCH;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    DueReminders dueReminders;

    @Inject
    VehiclePeople people;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    /** What one batch of the scan did: how many vehicles it looked at, the last one, notifications written. */
    public record Batch(int vehicles, long lastVehicleId, int written) {
    }

    /** Looks at the next {@value #VEHICLES_PER_BATCH} watched vehicles after {@code afterVehicleId}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch checkBatch(long afterVehicleId, LocalDate today) {
        // Nothing here changes a loaded entity (notices and notifications are inserted by SQL): no
        // flush before every statement, which would check a thousand vehicles and reminders each time.
        em.setFlushMode(FlushModeType.COMMIT);
        List<Long> batch = ids(em.createNativeQuery(WATCHED).setParameter(1, afterVehicleId).getResultList());
        if (batch.isEmpty()) {
            return new Batch(0, afterVehicleId, 0);
        }
        return new Batch(batch.size(), batch.get(batch.size() - 1), check(batch, today));
    }

    /** Looks at one vehicle now (an odometer reading was saved); returns how many notifications were written. */
    public int checkVehicle(long vehicleId, LocalDate today) {
        List<Long> watched = ids(em.createNativeQuery(WATCHED.replace("v.id > ?1", "v.id = ?1")).setParameter(1, vehicleId)
                .getResultList());
        return watched.isEmpty() ? 0 : check(watched, today);
    }

    private int check(List<Long> vehicleIds, LocalDate today) {
        Map<Long, UrgencyNotice.Told> told = told(vehicleIds);
        Map<Long, List<Long>> people = this.people.of(vehicleIds);
        List<Outbox.Pending> pending = new ArrayList<>();
        Map<DueReminders.Judged, List<Outbox.Pending>> noticed = new HashMap<>();
        List<Long> forgotten = new ArrayList<>();
        for (DueReminders.Judged judged : dueReminders.judge(vehicleIds, today)) {
            Reminder reminder = judged.reminder();
            switch (UrgencyNotice.decide(Optional.ofNullable(told.get(reminder.getId())), reminder.due(), judged.urgency())) {
                case NOTIFY -> {
                    JsonObject facts = facts(judged);
                    String key = dedupeKey(judged);
                    List<Outbox.Pending> mine = people.getOrDefault(judged.vehicle().getId(), List.of()).stream()
                            .map(person -> new Outbox.Pending(person, NotificationEvent.REMINDER_DUE, key, facts)).toList();
                    pending.addAll(mine);
                    noticed.put(judged, mine);
                }
                case FORGET -> forgotten.add(reminder.getId());
                case NOTHING -> {
                    // already told
                }
            }
        }
        Outbox.Queued queued = outbox.notifyAll(pending);
        // Told is only who was reached: a reminder noticed while its people had no channel that
        // could deliver (an address not yet confirmed) is news again at the next look.
        List<DueReminders.Judged> reached = noticed.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(queued.reached()::contains)).map(Map.Entry::getKey).toList();
        remember(reached, forgotten);
        return queued.rows();
    }

    private JsonObject facts(DueReminders.Judged judged) {
        return judged.facts().add("link", publicUrl.link("/vehicles/view.xhtml?id=" + judged.vehicle().getId()
                + "&tab=reminders").toString()).build();
    }

    /** One notification per reminder, urgency and due values, however often it is noticed. */
    private static String dedupeKey(DueReminders.Judged judged) {
        Reminder reminder = judged.reminder();
        return "reminder:" + reminder.getId() + ":" + judged.urgency() + ":" + reminder.getDueDate() + ":"
                + (reminder.getDueOdometer() == null ? null : reminder.getDueOdometer().stripTrailingZeros().toPlainString());
    }

    /** What people were told now, and what they need not remember any more: two JDBC batches. */
    private void remember(List<DueReminders.Judged> noticed, List<Long> forgotten) {
        if (noticed.isEmpty() && forgotten.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO reminder_notice (reminder_id, urgency,"
                    + " due_date, due_odometer, noticed_at) VALUES (?, ?, ?, ?, now()) ON CONFLICT (reminder_id) DO UPDATE"
                    + " SET urgency = EXCLUDED.urgency, due_date = EXCLUDED.due_date, due_odometer = EXCLUDED.due_odometer,"
                    + " noticed_at = now()");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM reminder_notice WHERE reminder_id = ?")) {
                for (DueReminders.Judged judged : noticed) {
                    Reminder reminder = judged.reminder();
                    upsert.setLong(1, reminder.getId());
                    upsert.setString(2, judged.urgency().name());
                    upsert.setObject(3, reminder.getDueDate());
                    upsert.setBigDecimal(4, reminder.getDueOdometer());
                    upsert.addBatch();
                }
                for (long id : forgotten) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                upsert.executeBatch();
                delete.executeBatch();
            }
        });
    }

    private Map<Long, UrgencyNotice.Told> told(List<Long> vehicleIds) {
        Map<Long, UrgencyNotice.Told> told = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT n.reminder_id, n.urgency, n.due_date, n.due_odometer"
                        + " FROM reminder_notice n JOIN reminder r ON r.id = n.reminder_id WHERE r.vehicle_id IN (:ids)")
                .setParameter("ids", vehicleIds)
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            LocalDate dueDate = cells[2] == null ? null : ((Date) cells[2]).toLocalDate();
            told.put(((Number) cells[0]).longValue(), new UrgencyNotice.Told(Urgency.valueOf((String) cells[1]),
                    Due.of(dueDate, (BigDecimal) cells[3])));
        }
        return told;
    }

    private static List<Long> ids(List<?> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(row -> ids.add(((Number) row).longValue()));
        return ids;
    }
}
