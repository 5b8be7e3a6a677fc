package com.motovaultpro.fuel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A vehicle's fill-ups as the economy rules need them: one statement, only the seven columns
 * the rules read, no entities (economy over 10,000 fill-ups must stay cheap).
 */
@ApplicationScoped
@Transactional
public class FillUpRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public List<FillUp> of(long vehicleId) {
        return em.createQuery("SELECT new com.motovaultpro.fuel.FillUp(r.id, r.date, r.odometer, r.quantity, r.fullTank,"
                        + " r.missedPrevious, r.fuelType) FROM FuelRecord r WHERE r.vehicleId = :vehicle", FillUp.class)
                .setParameter("vehicle", vehicleId)
                .getResultList();
    }
}
