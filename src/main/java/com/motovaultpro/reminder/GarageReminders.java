package com.motovaultpro.reminder;

import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.cache.VehicleScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A vehicle's open reminders as its garage tile judges them, kept in the cache under the vehicle's
 * generation (a reminder is {@link VehicleScoped}: adding, changing or completing one makes it
 * stale). Only the rule's inputs are kept; urgency is judged on every view, for today's date, the
 * current odometer and the server's thresholds of the moment.
 */
@ApplicationScoped
class GarageReminders {

    /** One open reminder: what is shown and what it is judged by. */
    record Open(String description, LocalDate dueDate, BigDecimal dueOdometer, Integer urgentDays,
                Integer veryUrgentDays, BigDecimal urgentDistance, BigDecimal veryUrgentDistance) implements Serializable {

        static Open of(Reminder reminder) {
            return new Open(reminder.getDescription(), reminder.getDueDate(), reminder.getDueOdometer(),
                    reminder.getUrgentDays(), reminder.getVeryUrgentDays(), reminder.getUrgentDistance(),
                    reminder.getVeryUrgentDistance());
        }

        Due due() {
            return Due.of(dueDate, dueOdometer);
        }

        Thresholds thresholds(Thresholds defaults) {
            return Thresholds.overriding(defaults, urgentDays, veryUrgentDays, urgentDistance, veryUrgentDistance);
        }
    }

    /** A vehicle's open reminders, as cached. */
    record OfVehicle(List<Open> open) implements Serializable {
    }

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    TwoLevelCache cache;

    /** The open reminders of a vehicle the caller has access to (checked by the caller). */
    List<Open> open(long vehicleId) {
        return cache.get(CacheName.GARAGE, List.of(VehicleScoped.scopeOf(vehicleId)), "reminders", OfVehicle.class,
                () -> new OfVehicle(em.createQuery("SELECT r FROM Reminder r WHERE r.vehicleId = :vehicle"
                                + " AND r.completedOn IS NULL ORDER BY r.dueDate NULLS LAST, r.dueOdometer NULLS LAST, r.id",
                                Reminder.class)
                        .setParameter("vehicle", vehicleId)
                        .getResultStream()
                        .map(Open::of)
                        .toList())).open();
    }
}
