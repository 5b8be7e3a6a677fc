package com.motovaultpro.driverlink.web;

import com.motovaultpro.driverlink.DriverEntries;
import com.motovaultpro.driverlink.DriverLinkException;
import com.motovaultpro.driverlink.DriverLinkService;
import com.motovaultpro.logbook.RecordRuleException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.quickentry.EntryForm;
import com.motovaultpro.quickentry.EntryKind;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * driver.xhtml: what someone without an account sees through a driver link ({@code link=token}):
 * the vehicle, its last odometer reading and the one-screen form of a fill-up or a reading
 * ({@code type}); or why the link does not work (with the status a browser or a script can read).
 * The token is the only credential and is checked again on every post.
 */
@Named
@RequestScoped
public class DriverEntryView extends EntryForm {

    static final String FORM = "driverForm";

    @Inject
    DriverEntries entries;

    private String token;
    private String typeParameter;
    private String savedParameter;
    private DriverEntries.Opened opened;

    /** Token, kind and outcome come with every request (the link's query, the form's hidden fields). */
    @PostConstruct
    void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        token = parameters.get("link");
        typeParameter = parameters.get("type");
        savedParameter = parameters.get("saved");
        readWarnings(parameters.get("lowerWarned"), parameters.get("highWarned"));
        opened = entries.open(token, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
        if (opened.state() == DriverEntries.State.OPEN && !FacesContext.getCurrentInstance().isPostback()) {
            startAt(opened.lastOdometer());
        }
    }

    /**
     * f:viewAction, before anything is written (Facelets flushes the page as it renders, so a status
     * set later would be lost): why the link does not work, as a status a script can read too.
     */
    public void answer() {
        if (!isOpen()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(switch (opened.state()) {
                case EXPIRED, REVOKED -> 410;
                case SOLD -> 409;
                case BLOCKED -> 429;
                default -> 404;
            });
        }
    }

    /** Saves the entry through the link; back to an empty form, with a word that it is in. */
    public String save() {
        if (!isOpen()) {
            return null;
        }
        try {
            entries.add(token, record(opened::lastOdometer));
        } catch (ConstraintViolationException | RecordRuleException e) {
            refused(FORM, e);
            return null;
        } catch (DriverLinkException e) {
            if (e.reason() == DriverLinkException.Reason.TOO_MANY_ENTRIES) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
            }
            FacesMessages.error(null, e.messageKey());
            return null;
        }
        return DriverLinkService.path(token) + "&type=" + getKind().parameter() + "&saved=" + getKind().parameter()
                + "&faces-redirect=true";
    }

    public boolean isOpen() {
        return opened.state() == DriverEntries.State.OPEN;
    }

    /** Why the link does not work, as a message key suffix: unknown, expired, revoked, sold, blocked. */
    public String getState() {
        return opened.state().name().toLowerCase(Locale.ROOT);
    }

    /** The kind just saved (after the redirect), for the confirmation; null before. */
    public String getSaved() {
        return savedParameter == null ? null : EntryKind.of(savedParameter).name();
    }

    @Override
    public EntryKind getKind() {
        return EntryKind.of(typeParameter);
    }

    public String getTypeParameter() {
        return getKind().parameter();
    }

    public String getToken() {
        return token;
    }

    public String getLabel() {
        return opened.link() == null ? null : opened.link().getLabel();
    }

    public Vehicle getVehicle() {
        return opened.vehicle();
    }

    /** The vehicle's last odometer reading: all of its logbook the link shows. */
    public BigDecimal getLastOdometer() {
        return opened.lastOdometer();
    }

    /** The owner's currency, in the visitor's formatting locale. */
    public String currencySymbol(Locale locale) {
        return opened.currency() == null ? "" : opened.currency().getSymbol(locale);
    }

    /** The link to the other kind of entry, on this page. */
    public String getOtherKindPath() {
        EntryKind other = getKind() == EntryKind.FUEL ? EntryKind.ODOMETER : EntryKind.FUEL;
        return DriverLinkService.path(token) + "&type=" + other.parameter();
    }
}
