package com.motovaultpro.quickentry;

import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordRuleException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.vehicle.OdometerReadings;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * quick.xhtml: a fill-up ({@code type=fuel}) or an odometer reading ({@code type=odometer}) for
 * one vehicle ({@code vehicle=id}), or first the choice of vehicle when there are several. The
 * form ({@link EntryForm}) starts with today's date and the vehicle's last odometer reading; one
 * tap saves it.
 */
@Named
@RequestScoped
public class QuickEntryView extends EntryForm {

    @Inject
    VehicleService vehicles;

    @Inject
    LogbookService logbook;

    @Inject
    OdometerReadings readings;

    private String typeParameter;
    private Long vehicleParameter;
    private Vehicle vehicle;
    private List<Vehicle> choices;

    /**
     * The kind and the vehicle come with every request (the link's query, the form's hidden
     * fields), and are needed before the form is validated: which fields the form has depends on
     * them, and view parameters only reach the bean after validation.
     */
    @PostConstruct
    void readParameters() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        typeParameter = parameters.get("type");
        readWarnings(parameters.get("lowerWarned"), parameters.get("highWarned"));
        String vehicle = parameters.get("vehicle");
        if (vehicle != null && !vehicle.isBlank()) {
            try {
                vehicleParameter = Long.valueOf(vehicle.strip());
            } catch (NumberFormatException e) {
                vehicleParameter = -1L;
            }
        }
    }

    /**
     * f:viewAction of the page's first request (and, on the post, the first getter that needs it):
     * resolves the vehicle as every page does (404, or 403 for a viewer) and fills the form.
     */
    public void load() {
        if (vehicle != null || choices != null) {
            return;
        }
        if (vehicleParameter == null) {
            choices = vehicles.garage(Permission.EDIT_RECORDS).stream().filter(v -> !v.isSold()).toList();
            if (choices.size() == 1) {
                use(choices.get(0));
            }
            return;
        }
        // Someone else's vehicle is not found, one the caller may only view is refused: as on its page.
        try {
            use(vehicles.get(vehicleParameter, Permission.EDIT_RECORDS));
        } catch (VehicleNotFoundException e) {
            sendError(404);
        } catch (VehicleAccessDeniedException e) {
            sendError(403);
        }
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private void use(Vehicle chosen) {
        vehicle = chosen;
        if (!FacesContext.getCurrentInstance().isPostback()) {
            startAt(readings.highest(Set.of(chosen.getId())).get(chosen.getId()));
        }
    }

    /** Saves the entry through the logbook; back to the garage with a message when it is in. */
    public String save() {
        load();
        if (vehicle == null) {
            return null;
        }
        try {
            logbook.create(vehicle.getId(), record(() -> readings.highest(Set.of(vehicle.getId())).get(vehicle.getId())));
        } catch (ConstraintViolationException | RecordRuleException e) {
            refused("quickForm", e);
            return null;
        }
        FacesMessages.infoAfterRedirect(getKind() == EntryKind.FUEL ? "quick.savedFuel" : "quick.savedOdometer",
                vehicle.getIdentifier());
        return "/index.xhtml?faces-redirect=true";
    }

    @Override
    public EntryKind getKind() {
        return EntryKind.of(typeParameter);
    }

    public boolean isChoosing() {
        load();
        return vehicle == null;
    }

    public List<Vehicle> getChoices() {
        load();
        return choices == null ? List.of() : choices;
    }

    public Vehicle getVehicle() {
        load();
        return vehicle;
    }

    public String getTypeParameter() {
        return getKind().parameter();
    }
}
