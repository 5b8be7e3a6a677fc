package com.motovaultpro.notification;

import com.motovaultpro.platform.web.PublicUrl;
import com.motovaultpro.reminder.Due;
import com.motovaultpro.reminder.Reminder;
import com.motovaultpro.reminder.ReminderRules;
import com.motovaultpro.reminder.ReminderThresholdDefaults;
import com.motovaultpro.reminder.Thresholds;
import com.motovaultpro.reminder.Urgency;
import com.motovaultpro.vehicle.CurrentOdometer;
import com.motovaultpro.vehicle.OdometerReadings;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Vehicles (live, not sold) with at least one person who has a channel for due reminders. */
    private static final String WATCHED = "SELECT v.id FROM vehicle v WHERE v.deleted_at IS NULL AND v.sold_date IS NULL"
            + " AND v.id > ?1 AND EXISTS (SELECT 1 FROM notification_channel c WHERE c.enabled"
            + " AND c.events LIKE '%REMINDER_DUE%' AND (c.user_id = v.owner_id OR c.user_id IN"
            + " (SELECT s.user_id FROM vehicle_share s WHERE s.vehicle_id = v.id AND s.accepted_at IS NOT NULL)))"
            + " ORDER BY v.id LIMIT " + VEHICLES_PER_BATCH;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    OdometerReadings readings;

    @Inject
    ReminderThresholdDefaults thresholdDefaults;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    /** Looks at every watched vehicle; returns how many notifications were written. */
    public int checkAll(LocalDate today) {
        Thresholds defaults = thresholdDefaults.current();
        int written = 0;
        long after = 0;
        while (true) {
            List<Long> batch = ids(em.createNativeQuery(WATCHED).setParameter(1, after).getResultList());
            if (batch.isEmpty()) {
                return written;
            }
            written += check(batch, today, defaults);
            after = batch.get(batch.size() - 1);
            em.flush();
            em.clear();
        }
    }

    /** Looks at one vehicle now (an odometer reading was saved); returns how many notifications were written. */
    public int checkVehicle(long vehicleId, LocalDate today) {
        List<Long> watched = ids(em.createNativeQuery(WATCHED.replace("v.id > ?1", "v.id = ?1")).setParameter(1, vehicleId)
                .getResultList());
        return watched.isEmpty() ? 0 : check(watched, today, thresholdDefaults.current());
    }

    private int check(List<Long> vehicleIds, LocalDate today, Thresholds defaults) {
        Map<Long, Vehicle> vehicles = new HashMap<>();
        em.createQuery("SELECT v FROM Vehicle v WHERE v.id IN :ids", Vehicle.class).setParameter("ids", vehicleIds)
                .getResultList().forEach(v -> vehicles.put(v.getId(), v));
        Map<Long, BigDecimal> highest = readings.highest(vehicleIds);
        Map<Long, UrgencyNotice.Told> told = told(vehicleIds);
        int written = 0;
        for (Reminder reminder : em.createQuery("SELECT r FROM Reminder r WHERE r.vehicleId IN :ids"
                + " AND r.completedOn IS NULL ORDER BY r.id", Reminder.class).setParameter("ids", vehicleIds).getResultList()) {
            Vehicle vehicle = vehicles.get(reminder.getVehicleId());
            if (vehicle == null) {
                continue;
            }
            Optional<BigDecimal> odometer = CurrentOdometer.of(Optional.ofNullable(highest.get(vehicle.getId())),
                    vehicle.getOdometerMultiplier(), vehicle.getOdometerOffset());
            Due due = reminder.due();
            Urgency urgency = ReminderRules.urgency(due, today, odometer, reminder.thresholds(defaults));
            switch (UrgencyNotice.decide(Optional.ofNullable(told.get(reminder.getId())), due, urgency)) {
                case NOTIFY -> {
                    written += notifyAll(vehicle, reminder, urgency);
                    remember(reminder, urgency);
                }
                case FORGET -> em.createNativeQuery("DELETE FROM reminder_notice WHERE reminder_id = ?1")
                        .setParameter(1, reminder.getId()).executeUpdate();
                case NOTHING -> {
                    // already told
                }
            }
        }
        return written;
    }

    private int notifyAll(Vehicle vehicle, Reminder reminder, Urgency urgency) {
        JsonObjectBuilder facts = Json.createObjectBuilder()
                .add("vehicleId", vehicle.getId())
                .add("vehicle", name(vehicle))
                .add("reminderId", reminder.getId())
                .add("description", reminder.getDescription())
                .add("urgency", urgency.name())
                .add("odometerUnit", vehicle.getOdometerUnit().name())
                .add("link", publicUrl.link("/vehicles/view.xhtml?id=" + vehicle.getId() + "&tab=reminders").toString());
        if (reminder.getDueDate() != null) {
            facts.add("dueDate", reminder.getDueDate().toString());
        }
        if (reminder.getDueOdometer() != null) {
            facts.add("dueOdometer", reminder.getDueOdometer().toPlainString());
        }
        String key = "reminder:" + reminder.getId() + ":" + urgency + ":" + reminder.getDueDate() + ":"
                + (reminder.getDueOdometer() == null ? null : reminder.getDueOdometer().stripTrailingZeros().toPlainString());
        JsonObject json = facts.build();
        int written = 0;
        for (Long person : recipients(vehicle)) {
            written += outbox.notify(person, NotificationEvent.REMINDER_DUE, key, json);
        }
        return written;
    }

    private void remember(Reminder reminder, Urgency urgency) {
        em.createNativeQuery("INSERT INTO reminder_notice (reminder_id, urgency, due_date, due_odometer, noticed_at)"
                        + " VALUES (?1, ?2, ?3, ?4, now()) ON CONFLICT (reminder_id) DO UPDATE SET urgency = EXCLUDED.urgency,"
                        + " due_date = EXCLUDED.due_date, due_odometer = EXCLUDED.due_odometer, noticed_at = now()")
                .setParameter(1, reminder.getId())
                .setParameter(2, urgency.name())
                .setParameter(3, reminder.getDueDate() == null ? null : Date.valueOf(reminder.getDueDate()))
                .setParameter(4, reminder.getDueOdometer())
                .executeUpdate();
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

    private List<Long> recipients(Vehicle vehicle) {
        return ids(em.createNativeQuery("SELECT owner_id FROM vehicle WHERE id = ?1 UNION SELECT user_id FROM vehicle_share"
                + " WHERE vehicle_id = ?1 AND accepted_at IS NOT NULL").setParameter(1, vehicle.getId()).getResultList());
    }

    private static String name(Vehicle vehicle) {
        String name = ((vehicle.getYear() == null ? "" : vehicle.getYear() + " ") + vehicle.getMake() + " "
                + vehicle.getModel()).strip();
        return vehicle.getLicensePlate() == null || vehicle.getLicensePlate().isBlank() ? name
                : name + " (" + vehicle.getLicensePlate() + ")";
    }

    private static List<Long> ids(List<?> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(row -> ids.add(((Number) row).longValue()));
        return ids;
    }
}
