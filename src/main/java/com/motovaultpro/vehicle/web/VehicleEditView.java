package com.motovaultpro.vehicle.web;

import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import com.motovaultpro.vehicle.VehicleService;
import com.motovaultpro.vin.Vin;
import com.motovaultpro.vin.VinDecoder;
import com.motovaultpro.vin.VinDecoding;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** vehicles/edit.xhtml: add a vehicle (no id) or edit and delete one of the caller's. */
@ViewModel
public class VehicleEditView implements Serializable {

    static final String FORM = "vehicleForm";
    private static final long serialVersionUID = 1L;

    @Inject
    VehicleService vehicles;

    /** The raw ?id= parameter; parsed here so that a malformed one is a 404 like an unknown one. */
    private String idParameter;
    private Long id;
    private Vehicle vehicle;
    private long loadedVersion;

    @Inject
    VinDecoder vinDecoder;

    /** The VIN the decoding below the field is for (null: none shown). */
    private String decodedVin;
    private transient VinDecoding decoding;

    /** Runs before the page renders; an id that is malformed, unknown or not the caller's answers 404. */
    public void load() throws IOException {
        if (vehicle != null) {
            return;
        }
        if (idParameter == null || idParameter.isBlank()) {
            vehicle = new Vehicle();
            return;
        }
        try {
            id = Long.valueOf(idParameter.trim());
            vehicle = vehicles.get(id, Permission.MANAGE);
            loadedVersion = vehicle.getVersion();
            decodeVin();
        } catch (NumberFormatException | VehicleNotFoundException e) {
            notFound();
        } catch (VehicleAccessDeniedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    public String save() throws IOException {
        try {
            if (isCreating()) {
                vehicles.create(vehicle);
            } else {
                vehicles.update(id, vehicle, OptionalLong.of(loadedVersion));
            }
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e.getConstraintViolations());
            return null;
        } catch (StaleVersionException | OptimisticLockException e) {
            FacesMessages.error(null, "vehicle.changedMeanwhile");
            return null;
        } catch (VehicleNotFoundException e) {
            notFound(); // deleted elsewhere while this page was open
            return null;
        }
        FacesMessages.infoAfterRedirect("vehicle.saved", vehicle.getIdentifier());
        return "/index.xhtml?faces-redirect=true";
    }

    public String delete() throws IOException {
        try {
            vehicles.delete(id);
        } catch (VehicleNotFoundException e) {
            notFound();
            return null;
        }
        FacesMessages.infoAfterRedirect("vehicle.deleted", vehicle.getIdentifier());
        return "/index.xhtml?faces-redirect=true";
    }

    /** When the VIN field changes (and passed validation): decode it, offline. */
    public void decodeVin() {
        String vin = Vin.normalize(vehicle.getVin());
        decodedVin = vin != null && Vin.hasValidCharacters(vin) ? vin : null;
    }

    /** What the VIN says, or null. */
    public VinDecoding getVinDecoding() {
        if (decodedVin == null) {
            return null;
        }
        if (decoding == null || !decoding.vin().equals(decodedVin)) {
            decoding = vinDecoder.decode(decodedVin);
        }
        return decoding;
    }

    /** The country the VIN was allocated to, in the person's language, or null. */
    public String getVinCountry() {
        VinDecoding d = getVinDecoding();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return d == null ? null : d.country().map(c -> new Locale("", c).getDisplayCountry(locale)).orElse(null);
    }

    /** The makes the VIN's manufacturer identifier stands for, joined for reading. */
    public String getVinMakes() {
        VinDecoding d = getVinDecoding();
        return d == null ? null : String.join(" / ", d.makes());
    }

    /** The candidate model years, joined for reading. */
    public String getVinYears() {
        VinDecoding d = getVinDecoding();
        return d == null ? null : d.modelYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public void useMake(String make) {
        vehicle.setMake(make);
    }

    public void useYear(int year) {
        vehicle.setYear(year);
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public VolumeUnit[] getFuelVolumeUnits() {
        return new VolumeUnit[] {VolumeUnit.LITRES, VolumeUnit.US_GALLONS, VolumeUnit.IMPERIAL_GALLONS};
    }

    public FuelType[] getFuelTypes() {
        return FuelType.values();
    }

    public DistanceUnit[] getOdometerUnits() {
        return DistanceUnit.values();
    }

    public Vehicle getVehicle() {
        return vehicle;
    }
}
