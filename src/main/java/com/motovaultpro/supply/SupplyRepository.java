package com.motovaultpro.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Supplies a vehicle's work may use: its own and its owner's shop supplies, while in stock. */
@ApplicationScoped
@Transactional
public class SupplyRepository {

    /** More than this in stock at once is not a list a person picks from. */
    static final int LIMIT = 200;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public List<SupplyRecord> inStockFor(long vehicleId, long ownerId) {
        return em.createQuery("SELECT s FROM SupplyRecord s WHERE (s.vehicleId = :vehicle OR s.ownerId = :owner)"
                        + " AND s.quantity > 0 ORDER BY s.ownerId NULLS FIRST, s.description, s.id", SupplyRecord.class)
                .setParameter("vehicle", vehicleId)
                .setParameter("owner", ownerId)
                .setMaxResults(LIMIT)
                .getResultList();
    }
}
