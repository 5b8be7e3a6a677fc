package com.motovaultpro.vehicle.web;

import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccess;
import com.motovaultpro.vehicle.VehicleRole;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** vehicles/view.xhtml: one of the caller's vehicles and its logbook; anything else is a 404. */
@ViewModel
public class VehicleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VehicleService vehicles;

    /** The tabs, in order; the first (the dashboard) is the default. */
    public static final java.util.List<String> TABS = java.util.List.of("dashboard", "charts", "fuel", "service", "repair", "upgrade", "tax",
            "supply", "odometer", "note", "plan", "reminders", "documents", "sharing");

    private String idParameter;
    private String tab;
    private Vehicle vehicle;
    private VehicleRole role;

    public void load() throws IOException {
        if (vehicle != null) {
            return;
        }
        try {
            VehicleAccess access = vehicles.access(Long.parseLong(idParameter == null ? "" : idParameter.trim()));
            vehicle = access.vehicle();
            role = access.role();
        } catch (NumberFormatException | VehicleNotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    /** The caller's role on this vehicle; pages offer only what it allows (the services enforce it). */
    public VehicleRole getRole() {
        return role;
    }

    /** The role allows it, and the vehicle is not sold with its records read-only. */
    public boolean isCanEditRecords() {
        return role.allows(Permission.EDIT_RECORDS) && !vehicle.isReadOnly();
    }

    /** The sold date in the person's language, for the sold vehicle's banner. */
    public String getSoldOn() {
        return vehicle.getSoldDate() == null ? null : vehicle.getSoldDate().format(DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** A manager reopens the records of the sold vehicle; the page is built again with them open. */
    public String reopenRecords() {
        vehicles.reopenRecords(vehicle.getId());
        return again();
    }

    /** A manager makes the records of the sold vehicle read-only again. */
    public String closeRecords() {
        vehicles.closeRecords(vehicle.getId());
        return again();
    }

    private String again() {
        return "/vehicles/view.xhtml?faces-redirect=true&id=" + vehicle.getId() + "&tab=" + getTab();
    }

    public boolean isCanManage() {
        return role.allows(Permission.MANAGE);
    }

    public long getVehicleId() {
        return vehicle.getId();
    }

    public java.util.List<String> getTabs() {
        return TABS;
    }

    /** The open tab: one of {@link #TABS}, anything else falls back to the first. */
    public String getTab() {
        return tab != null && TABS.contains(tab) ? tab : TABS.get(0);
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
