package com.motovaultpro.vehicle.web;

import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.vehicle.OdometerUnit;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleChangedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;

/** vehicles/edit.xhtml: add a vehicle (no id) or edit and delete one of the caller's. */
@ViewModel
public class VehicleEditView implements Serializable {

    static final String FORM = "vehicleForm";
    private static final long serialVersionUID = 1L;

    @Inject
    VehicleService vehicles;

    private Long id;
    private Vehicle vehicle;
    private long loadedVersion;

    /** Runs before the page renders; an id that is unknown or not the caller's answers 404. */
    public void load() throws IOException {
        if (vehicle != null) {
            return;
        }
        if (id == null) {
            vehicle = new Vehicle();
            return;
        }
        try {
            vehicle = vehicles.get(id);
            loadedVersion = vehicle.getVersion();
        } catch (VehicleNotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public String save() {
        try {
            if (isCreating()) {
                vehicles.create(vehicle);
            } else {
                vehicles.update(id, vehicle, OptionalLong.of(loadedVersion));
            }
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e.getConstraintViolations());
            return null;
        } catch (VehicleChangedException e) {
            FacesMessages.error(null, "vehicle.changedMeanwhile");
            return null;
        }
        FacesMessages.infoAfterRedirect("vehicle.saved", vehicle.getIdentifier());
        return "/index.xhtml?faces-redirect=true";
    }

    public String delete() {
        vehicles.delete(id);
        FacesMessages.infoAfterRedirect("vehicle.deleted", vehicle.getIdentifier());
        return "/index.xhtml?faces-redirect=true";
    }

    public boolean isCreating() {
        return id == null;
    }

    public FuelType[] getFuelTypes() {
        return FuelType.values();
    }

    public OdometerUnit[] getOdometerUnits() {
        return OdometerUnit.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }
}
