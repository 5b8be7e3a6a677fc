package com.motovaultpro.supply;

import com.motovaultpro.account.CurrentUser;
import jakarta.inject.Inject;
import com.motovaultpro.logbook.RecordRuleException;
import com.motovaultpro.logbook.RecordSaved;
import com.motovaultpro.maintenance.MaintenanceRecord;
import com.motovaultpro.maintenance.SupplyUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * A new service, repair or upgrade that uses supplies takes them out of stock in the same
 * transaction: each supply (of the same vehicle, or one of the owner's shop supplies) is locked,
 * its quantity and cost go down, the usage is kept, and the record's cost goes up by the used
 * part's cost. A supply that is unknown or short of stock fails the whole save — nothing changes.
 */
@ApplicationScoped
public class SupplyConsumer {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    void onSaved(@Observes RecordSaved saved) {
        if (!saved.created() || !(saved.details() instanceof MaintenanceRecord details)
                || details.getSuppliesUsed().isEmpty()) {
            return;
        }
        MaintenanceRecord record = (MaintenanceRecord) saved.record();
        // The vehicle's own supplies, or the shop of whoever does the work (a collaborator uses
        // their own shop, never the owner's).
        long shopOwnerId = currentUser.id();
        BigDecimal partsCost = BigDecimal.ZERO;
        for (SupplyUse use : details.getSuppliesUsed()) {
            SupplyRecord supply = em.createQuery("SELECT s FROM SupplyRecord s WHERE s.id = :id"
                            + " AND (s.vehicleId = :vehicle OR s.ownerId = :owner)", SupplyRecord.class)
                    .setParameter("id", use.supplyId())
                    .setParameter("vehicle", record.getVehicleId())
                    .setParameter("owner", shopOwnerId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new RecordRuleException("supplies",
                            "no supply " + use.supplyId() + " for this vehicle or in the shop", "supply.rule.unknown"));
            BigDecimal cost;
            try {
                cost = supply.use(use.quantity());
            } catch (SupplyConsumption.NotEnoughSupply e) {
                String message = "supply " + use.supplyId() + " (" + supply.getDescription() + "): " + e.getMessage();
                throw e.available() == null
                        ? new RecordRuleException("supplies", message, "supply.rule.quantity", supply.getDescription())
                        : new RecordRuleException("supplies", message, "supply.rule.notEnough", supply.getDescription(),
                                e.available());
            }
            em.persist(new SupplyUsage(record.getId(), supply.getId(), use.quantity(), cost));
            partsCost = partsCost.add(cost);
        }
        record.setCost(record.getCost() == null ? partsCost : record.getCost().add(partsCost));
        em.flush();
    }
}
