package com.motovaultpro.supply.web;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.logbook.web.DialogSave;
import com.motovaultpro.maintenance.MaintenanceRecord;
import com.motovaultpro.maintenance.SupplyUse;
import com.motovaultpro.platform.validation.DecimalText;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.supply.SupplyRecord;
import com.motovaultpro.supply.SupplyRepository;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "supplies used" part of the add-service/repair/upgrade dialog: the vehicle's and the shop's
 * supplies in stock, and how much of each the new record uses, handed to the record just before
 * the dialog saves it (see {@link DialogSave}).
 */
@ViewModel
public class SupplyPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VehicleView vehicleView;

    @Inject
    SupplyRepository supplies;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, String> uses = new HashMap<>();
    private transient List<SupplyRecord> available;

    /** Supplies in stock that the page's vehicle may use (its own first, then the caller's shop). */
    public List<SupplyRecord> getAvailable() {
        if (available == null) {
            available = supplies.inStockFor(vehicleView.getVehicle().getId(), currentUser.id());
        }
        return available;
    }

    /** Entered quantities by supply id (text, as typed). */
    public Map<Long, String> getUses() {
        return uses;
    }

    /** Hands the chosen supplies to a new service, repair or upgrade; empties the form once it is saved. */
    void onDialogSave(@Observes(notifyObserver = Reception.IF_EXISTS) DialogSave save) {
        if (save.creating() && save.record() instanceof MaintenanceRecord work) {
            if (save.stage() == DialogSave.Stage.BEFORE) {
                applyTo(work);
            } else {
                reset();
            }
        }
    }

    /** Puts the chosen quantities on the record about to be saved; a quantity that is no number counts as 0. */
    void applyTo(MaintenanceRecord record) {
        List<SupplyUse> chosen = new ArrayList<>();
        uses.forEach((id, text) -> {
            if (text != null && !text.isBlank()) {
                chosen.add(new SupplyUse(id, parse(text)));
            }
        });
        record.setSuppliesUsed(chosen);
    }

    /** After a save: the form starts empty and stock is read again. */
    void reset() {
        uses.clear();
        available = null;
    }

    private static BigDecimal parse(String text) {
        return DecimalText.parse(text.strip().replace(',', '.')).orElse(BigDecimal.ZERO);
    }
}
