package com.motovaultpro.notification;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.web.PublicUrl;
import com.motovaultpro.sharing.InvitationSent;
import com.motovaultpro.tax.FeeRenewed;
import com.motovaultpro.transfer.ImportFinished;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Notifications about what happened elsewhere, written in the transaction of the change: a
 * recurring fee renewed (to everyone who sees the vehicle), an invitation (to the invited person),
 * an import that stored records (to the person who imported).
 */
@ApplicationScoped
public class EventNotices {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    VehiclePeople people;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicUrl publicUrl;

    void onFeeRenewed(@Observes FeeRenewed fee) {
        var facts = Json.createObjectBuilder()
                .add("vehicleId", fee.vehicleId())
                .add("vehicle", vehicleName(fee.vehicleId()))
                .add("feeId", fee.feeId())
                .add("description", fee.description())
                .add("date", fee.date().toString())
                .add("link", publicUrl.link("/vehicles/view.xhtml?id=" + fee.vehicleId() + "&tab=tax").toString())
                .build();
        for (long person : people.of(fee.vehicleId())) {
            outbox.notify(person, NotificationEvent.FEE_RENEWED, "fee:" + fee.feeId(), facts);
        }
    }

    void onInvitation(@Observes InvitationSent invitation) {
        outbox.notify(invitation.inviteeId(), NotificationEvent.INVITATION, "invitation:" + UUID.randomUUID(),
                Json.createObjectBuilder()
                        .add("vehicleId", invitation.vehicleId())
                        .add("vehicle", vehicleName(invitation.vehicleId()))
                        .add("invitedBy", invitation.invitedBy())
                        .add("role", invitation.role())
                        .add("link", publicUrl.link("/index.xhtml").toString())
                        .build());
    }

    void onImportFinished(@Observes ImportFinished imported) {
        outbox.notify(currentUser.id(), NotificationEvent.IMPORT_FINISHED, "import:" + UUID.randomUUID(),
                Json.createObjectBuilder()
                        .add("vehicleId", imported.vehicleId())
                        .add("vehicle", vehicleName(imported.vehicleId()))
                        .add("recordType", imported.recordType())
                        .add("stored", imported.stored())
                        .add("refused", imported.refused())
                        .add("link", publicUrl.link("/vehicles/view.xhtml?id=" + imported.vehicleId() + "&tab="
                                + imported.recordType()).toString())
                        .build());
    }

    private String vehicleName(long vehicleId) {
        Vehicle vehicle = em.find(Vehicle.class, vehicleId);
        return vehicle == null ? "" : DueReminders.name(vehicle);
    }
}
