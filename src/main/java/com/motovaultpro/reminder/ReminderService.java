package com.motovaultpro.reminder;

import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.validation.BeanValidation;
import com.motovaultpro.platform.validation.StorableDate;
import com.motovaultpro.vehicle.CurrentOdometer;
import com.motovaultpro.vehicle.OdometerReadings;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reminder use cases. Every call resolves the vehicle through the caller's access first (404
 * otherwise). Urgency is judged per reminder with that reminder's own thresholds, against the
 * vehicle's current odometer (with its multiplier and offset).
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    /** A reminder with how urgent it is today and the thresholds that judgement used. */
    public record Judged(Reminder reminder, Urgency urgency, Thresholds thresholds) {
    }

    /** The most urgent open reminder of a vehicle, for its garage tile. */
    public record MostUrgent(String description, Urgency urgency) {
    }

    /** How a reminder was done: by a record of the vehicle, or on a date at an odometer reading. */
    public record Completion(Long recordId, @StorableDate LocalDate date, BigDecimal odometer) {
    }

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    VehicleService vehicles;

    @Inject
    OdometerReadings readings;

    @Inject
    LogbookService logbook;

    @Inject
    CurrentUser currentUser;

    @Inject
    BeanValidation validation;

    @Inject
    ReminderThresholdDefaults defaults;

    @Inject
    GarageReminders garageReminders;

    /** The vehicle's open reminders, most urgent first (then by due date). */
    public List<Judged> open(long vehicleId, LocalDate today) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        return open(vehicle, currentOdometer(vehicle), today);
    }

    /** As {@link #open(long, LocalDate)} for a vehicle already resolved, at a known current odometer. */
    public List<Judged> open(Vehicle vehicle, Optional<BigDecimal> odometer, LocalDate today) {
        long vehicleId = vehicle.getId();
        Thresholds serverDefaults = defaults.current();
        return em.createQuery("SELECT r FROM Reminder r WHERE r.vehicleId = :vehicle AND r.completedOn IS NULL"
                        + " ORDER BY r.dueDate NULLS LAST, r.dueOdometer NULLS LAST, r.id", Reminder.class)
                .setParameter("vehicle", vehicleId)
                .getResultStream()
                .map(r -> judge(r, today, odometer, serverDefaults))
                .sorted(Comparator.comparing(Judged::urgency))
                .toList();
    }

    /**
     * The most urgent open reminder of each of the caller's {@code garage} vehicles (already
     * resolved through their access), judged against their current odometers; each vehicle's open
     * reminders come from the cache ({@link GarageReminders}) until they change.
     */
    public java.util.Map<Long, MostUrgent> mostUrgent(List<Vehicle> garage, java.util.Map<Long, BigDecimal> currentOdometers,
                                                      LocalDate today) {
        java.util.Map<Long, MostUrgent> most = new java.util.HashMap<>();
        if (garage.isEmpty()) {
            return most;
        }
        Thresholds serverDefaults = defaults.current();
        for (Vehicle vehicle : garage) {
            Optional<BigDecimal> odometer = Optional.ofNullable(currentOdometers.get(vehicle.getId()));
            for (GarageReminders.Open reminder : garageReminders.open(vehicle.getId())) {
                MostUrgent judged = new MostUrgent(reminder.description(),
                        ReminderRules.urgency(reminder.due(), today, odometer, reminder.thresholds(serverDefaults)));
                most.merge(vehicle.getId(), judged, (a, b) -> b.urgency().compareTo(a.urgency()) < 0 ? b : a);
            }
        }
        return most;
    }

    /** Every reminder of the vehicle, open and completed, oldest first (for a personal export). */
    public List<Reminder> all(long vehicleId) {
        vehicles.check(vehicleId, Permission.READ);
        return em.createQuery("SELECT r FROM Reminder r WHERE r.vehicleId = :vehicle ORDER BY r.id", Reminder.class)
                .setParameter("vehicle", vehicleId)
                .getResultList();
    }

    public Judged get(long vehicleId, long reminderId, LocalDate today) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        return judge(find(vehicleId, reminderId), today, currentOdometer(vehicle), defaults.current());
    }

    /** A reminder as a personal export had it: created, and completed on that day if it was (a restore). */
    public Reminder restore(long vehicleId, Reminder details, Optional<LocalDate> completedOn) {
        Reminder reminder = create(vehicleId, details);
        completedOn.ifPresent(reminder::completedOn);
        em.flush();
        return reminder;
    }

    public Reminder create(long vehicleId, Reminder details) {
        vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        details.normalize();
        validation.check(details);
        details.belongTo(vehicleId, currentUser.get().getUsername());
        em.persist(details);
        em.flush();
        return details;
    }

    public Reminder update(long vehicleId, long reminderId, Reminder details, OptionalLong expectedVersion) {
        vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        Reminder reminder = find(vehicleId, reminderId);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != reminder.getVersion()) {
            throw new StaleVersionException("Reminder", reminderId);
        }
        details.normalize();
        validation.check(details);
        reminder.copyFrom(details, currentUser.get().getUsername());
        em.flush();
        return reminder;
    }

    public void delete(long vehicleId, long reminderId) {
        vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        em.remove(find(vehicleId, reminderId));
        em.flush();
    }

    /**
     * Marks a reminder done: by one of the vehicle's records (its date and odometer), or on a
     * given date (default today) at a given odometer. A recurring reminder moves on to its next
     * due values; a one-off one is completed.
     */
    public Reminder complete(long vehicleId, long reminderId, Completion how, LocalDate today) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.EDIT_RECORDS);
        Reminder reminder = find(vehicleId, reminderId);
        // A date no database holds is a field error, before the next due date is worked out from it.
        validation.check(how);
        LocalDate doneOn;
        Optional<BigDecimal> doneAt;
        if (how.recordId() != null) {
            VehicleUseRecord record = logbook.get(VehicleUseRecord.class, vehicleId, how.recordId());
            doneOn = record.getDate();
            doneAt = CurrentOdometer.of(Optional.ofNullable(record.getOdometer()), vehicle.getOdometerMultiplier(),
                    vehicle.getOdometerOffset());
        } else {
            doneOn = how.date() == null ? today : how.date();
            doneAt = Optional.ofNullable(how.odometer());
        }
        reminder.complete(doneOn, doneAt, currentUser.get().getUsername());
        // The next due values must be storable like entered ones (a negative odometer, a date out of
        // range): otherwise the transaction rolls back and nothing changes.
        validation.check(reminder);
        em.flush();
        return reminder;
    }

    private Reminder find(long vehicleId, long reminderId) {
        return em.createQuery("SELECT r FROM Reminder r WHERE r.id = :id AND r.vehicleId = :vehicle", Reminder.class)
                .setParameter("id", reminderId)
                .setParameter("vehicle", vehicleId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ReminderNotFoundException(reminderId));
    }

    private Optional<BigDecimal> currentOdometer(Vehicle vehicle) {
        return CurrentOdometer.of(Optional.ofNullable(readings.highest(Set.of(vehicle.getId())).get(vehicle.getId())),
                vehicle.getOdometerMultiplier(), vehicle.getOdometerOffset());
    }

    private static Judged judge(Reminder reminder, LocalDate today, Optional<BigDecimal> odometer, Thresholds defaults) {
        Thresholds thresholds = reminder.thresholds(defaults);
        return new Judged(reminder, ReminderRules.urgency(reminder.due(), today, odometer, thresholds), thresholds);
    }
}
