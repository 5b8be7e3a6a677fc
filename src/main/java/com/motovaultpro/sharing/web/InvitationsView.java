package com.motovaultpro.sharing.web;

import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.sharing.Invitation;
import com.motovaultpro.sharing.SharingException;
import com.motovaultpro.sharing.SharingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Open invitations on the garage page: accept (the vehicle joins the garage) or decline. */
@Named
@RequestScoped
public class InvitationsView {

    @Inject
    SharingService sharing;

    private List<Invitation> open;

    public List<Invitation> getOpen() {
        if (open == null) {
            open = sharing.invitations();
        }
        return open;
    }

    public String accept(long vehicleId) {
        return answer(vehicleId, true);
    }

    public String decline(long vehicleId) {
        return answer(vehicleId, false);
    }

    private String answer(long vehicleId, boolean accept) {
        try {
            if (accept) {
                sharing.accept(vehicleId);
            } else {
                sharing.decline(vehicleId);
            }
            FacesMessages.infoAfterRedirect(accept ? "sharing.accepted" : "sharing.declined");
        } catch (SharingException e) {
            FacesMessages.errorAfterRedirect(e.messageKey());
        }
        return "/index.xhtml?faces-redirect=true";
    }
}
