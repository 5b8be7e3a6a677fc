package com.motovaultpro.vehicle.web;

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
