package com.motovaultpro.notification;

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
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open reminders of a set of vehicles judged today, each against its vehicle's current
 * odometer and its own or the server's thresholds: in three statements for any number of vehicles
 * (vehicles, highest readings, reminders).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DueReminders {

    /** A reminder of a vehicle and how urgent it is today. */
    public record Judged(Vehicle vehicle, Reminder reminder, Urgency urgency) {

        /** Its facts as notifications carry them (NoticeText renders them; webhooks get them as data). */
        public JsonObjectBuilder facts() {
            JsonObjectBuilder facts = Json.createObjectBuilder()
                    .add("vehicleId", vehicle.getId())
                    .add("vehicle", name(vehicle))
                    .add("reminderId", reminder.getId())
                    .add("description", reminder.getDescription())
                    .add("urgency", urgency.name())
                    .add("odometerUnit", vehicle.getOdometerUnit().name());
            if (reminder.getDueDate() != null) {
                facts.add("dueDate", reminder.getDueDate().toString());
            }
            if (reminder.getDueOdometer() != null) {
                facts.add("dueOdometer", reminder.getDueOdometer().toPlainString());
            }
            return facts;
        }
    }

    /** Loaded to be read only: no snapshot kept, never dirty-checked. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    OdometerReadings readings;

    @Inject
    ReminderThresholdDefaults thresholdDefaults;

    public List<Judged> judge(List<Long> vehicleIds, LocalDate today) {
        List<Judged> judged = new ArrayList<>();
        if (vehicleIds.isEmpty()) {
            return judged;
        }
        Thresholds defaults = thresholdDefaults.current();
        Map<Long, Vehicle> vehicles = new HashMap<>();
        em.createQuery("SELECT v FROM Vehicle v WHERE v.id IN :ids", Vehicle.class).setParameter("ids", vehicleIds)
                .setHint(READ_ONLY, true)
                .getResultList().forEach(v -> vehicles.put(v.getId(), v));
        Map<Long, BigDecimal> highest = readings.highest(vehicleIds);
        for (Reminder reminder : em.createQuery("SELECT r FROM Reminder r WHERE r.vehicleId IN :ids"
                + " AND r.completedOn IS NULL ORDER BY r.vehicleId, r.dueDate NULLS LAST, r.dueOdometer NULLS LAST, r.id",
                Reminder.class).setParameter("ids", vehicleIds).setHint(READ_ONLY, true).getResultList()) {
            Vehicle vehicle = vehicles.get(reminder.getVehicleId());
            if (vehicle != null) {
                Optional<BigDecimal> odometer = CurrentOdometer.of(Optional.ofNullable(highest.get(vehicle.getId())),
                        vehicle.getOdometerMultiplier(), vehicle.getOdometerOffset());
                judged.add(new Judged(vehicle, reminder,
                        ReminderRules.urgency(reminder.due(), today, odometer, reminder.thresholds(defaults))));
            }
        }
        return judged;
    }

    /** A vehicle as notifications name it: year, make, model, and the plate if it has one. */
    static String name(Vehicle vehicle) {
        String name = ((vehicle.getYear() == null ? "" : vehicle.getYear() + " ") + vehicle.getMake() + " "
                + vehicle.getModel()).strip();
        return vehicle.getLicensePlate() == null || vehicle.getLicensePlate().isBlank() ? name
                : name + " (" + vehicle.getLicensePlate() + ")";
    }
}
