package com.motovaultpro.driverlink.web;

import com.motovaultpro.driverlink.DriverLink;
import com.motovaultpro.driverlink.DriverLinkException;
import com.motovaultpro.driverlink.DriverLinkService;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.PublicUrl;
import com.motovaultpro.platform.web.QrCodeSvg;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The driver links part of the vehicle's sharing tab, for its owner and Managers: the links with
 * their state and use, a form to create one (its address and QR code are shown in this one
 * response only: only a hash is kept), and revoking.
 */
@ViewModel
public class DriverLinksView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "driverLinksForm";

    /** How long a new link works. */
    public enum Lifetime {
        DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), QUARTER(Duration.ofDays(90)),
        YEAR(Duration.ofDays(365)), UNLIMITED(null);

        private final Duration length;

        Lifetime(Duration length) {
            this.length = length;
        }

        Instant expiryFrom(Instant now) {
            return length == null ? null : now.plus(length);
        }
    }

    @Inject
    VehicleView vehicleView;

    @Inject
    DriverLinkService links;

    @Inject
    PublicUrl publicUrl;

    private String label;
    private Lifetime lifetime = Lifetime.MONTH;
    private String newLink;
    private String newLinkLabel;
    private transient List<DriverLink> listed;

    public List<DriverLink> getLinks() {
        if (listed == null) {
            listed = links.of(vehicleView.getVehicleId());
        }
        return listed;
    }

    public void create() {
        try {
            DriverLinkService.IssuedLink issued = links.create(vehicleView.getVehicleId(), label,
                    lifetime == null ? null : lifetime.expiryFrom(Instant.now()));
            newLink = publicUrl.link(DriverLinkService.path(issued.token())).toString();
            newLinkLabel = issued.link().getLabel();
            label = null;
            listed = null;
            FacesMessages.info("driverlink.created", newLinkLabel);
        } catch (DriverLinkException e) {
            FacesMessages.error(e.reason() == DriverLinkException.Reason.LABEL_REQUIRED ? FORM + ":linkLabel" : null,
                    e.messageKey());
        }
    }

    public void revoke(DriverLink link) {
        try {
            links.revoke(vehicleView.getVehicleId(), link.getId());
            FacesMessages.info("driverlink.revoked", link.getLabel());
        } catch (DriverLinkException e) {
            FacesMessages.error(null, e.messageKey());
        }
        newLink = null;
        listed = null;
    }

    public CredentialStatus status(DriverLink link) {
        return link.status(Instant.now());
    }

    /** The new link's QR code (inline SVG), for a phone's camera or a sticker in the car. */
    public String getNewLinkQrCode() {
        return newLink == null ? null : QrCodeSvg.of(newLink, newLinkLabel);
    }

    public String getNewLink() {
        return newLink;
    }

    public String getNewLinkLabel() {
        return newLinkLabel;
    }

    public Lifetime[] getLifetimes() {
        return Lifetime.values();
    }

    public int getLabelMax() {
        return DriverLink.LABEL_MAX;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Lifetime getLifetime() {
        return lifetime;
    }

    public void setLifetime(Lifetime lifetime) {
        this.lifetime = lifetime;
    }
}
