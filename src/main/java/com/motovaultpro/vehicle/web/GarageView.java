package com.motovaultpro.vehicle.web;

import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The garage: a tile per vehicle, sold ones apart. */
@Named
@RequestScoped
public class GarageView {

    @Inject
    VehicleService vehicles;

    private List<Vehicle> all;

    private List<Vehicle> all() {
        if (all == null) {
            all = vehicles.garage();
        }
        return all;
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
