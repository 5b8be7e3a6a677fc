package com.motovaultpro.trash.web;

import com.motovaultpro.document.DocumentException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.trash.TrashItem;
import com.motovaultpro.trash.TrashService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** trash.xhtml: what the user deleted in the last 30 days, with a restore button for each. */
@Named
@RequestScoped
public class TrashView {

    @Inject
    TrashService trash;

    private TrashService.Contents contents;

    public TrashService.Contents getContents() {
        if (contents == null) {
            contents = trash.contents();
        }
        return contents;
    }

    public boolean isTrashEmpty() {
        return getContents().vehicles().isEmpty() && getContents().records().isEmpty()
                && getContents().documents().isEmpty();
    }

    public String restore(TrashItem item) {
        try {
            if (item.isVehicle()) {
                trash.restoreVehicle(item.id());
            } else if (item.isDocument()) {
                trash.restoreDocument(item.id());
            } else {
                trash.restoreRecord(item.id());
            }
            FacesMessages.infoAfterRedirect("trash.restored");
        } catch (TrashService.NotInTrashException e) {
            FacesMessages.infoAfterRedirect("trash.gone");
        } catch (DocumentException e) {
            // Its record went to the trash after the page was shown: restore the record first.
            FacesMessages.errorAfterRedirect("document.problem." + e.reason().name());
        }
        return "/trash.xhtml?faces-redirect=true";
    }
}
