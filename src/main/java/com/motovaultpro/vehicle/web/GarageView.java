package com.motovaultpro.vehicle.web;

import com.motovaultpro.reminder.ReminderService;
import com.motovaultpro.vehicle.CurrentOdometer;
import com.motovaultpro.vehicle.OdometerReadings;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The garage: a tile per vehicle, sold ones apart. */
@Named
@RequestScoped
public class GarageView {

    @Inject
    VehicleService vehicles;

    @Inject
    OdometerReadings odometers;

    private List<Vehicle> all;
    private Map<Long, BigDecimal> highestReadings;
    private Map<Long, ReminderService.Judged> mostUrgent;

    @Inject
    ReminderService reminders;

    private List<Vehicle> all() {
        if (all == null) {
            all = vehicles.garage();
            highestReadings = odometers.highest(all.stream().map(Vehicle::getId).toList());
        }
        return all;
    }

    /** The vehicle's current odometer, or null when nothing has been recorded yet. */
    public BigDecimal currentOdometer(Vehicle vehicle) {
        all();
        return CurrentOdometer.of(Optional.ofNullable(highestReadings.get(vehicle.getId())),
                vehicle.getOdometerMultiplier(), vehicle.getOdometerOffset()).orElse(null);
    }

    /** The vehicle's most urgent open reminder (with its urgency), or null when it has none. */
    public ReminderService.Judged mostUrgentReminder(Vehicle vehicle) {
        if (mostUrgent == null) {
            Map<Long, BigDecimal> current = new java.util.HashMap<>();
            all().forEach(v -> {
                BigDecimal odometer = currentOdometer(v);
                if (odometer != null) {
                    current.put(v.getId(), odometer);
                }
            });
            mostUrgent = reminders.mostUrgent(all(), current, java.time.LocalDate.now());
        }
        return mostUrgent.get(vehicle.getId());
    }

    public List<Vehicle> getActive() {
        return all().stream().filter(v -> !v.isSold()).toList();
    }

    public List<Vehicle> getSold() {
        return all().stream().filter(Vehicle::isSold).toList();
    }

    public boolean isGarageEmpty() {
        return all().isEmpty();
    }
}
